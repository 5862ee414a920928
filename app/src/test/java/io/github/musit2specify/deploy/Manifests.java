package io.github.musit2specify.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Kubernetes manifests of deploy/k8s, every document of every file, as Jackson trees. */
record Manifests(List<Document> documents) {
    /** deploy/k8s seen from the app module (Surefire's working directory). */
    static final Path DIRECTORY = Path.of("..", "deploy", "k8s");
    static final YAMLMapper YAML = new YAMLMapper();

    record Document(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            JsonNode metadata = node.path("metadata");
            return metadata.hasNonNull("name") ? metadata.get("name").asText() : metadata.path("generateName").asText();
        }
    }

    static Manifests load() {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
                try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (it.hasNext()) {
                        JsonNode node = it.next();
                        if (node != null && node.isObject()) {
                            documents.add(new Document(file, node));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifests in " + DIRECTORY.toAbsolutePath(), e);
        }
        return new Manifests(List.copyOf(documents));
    }

    List<Document> ofKind(String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    Document one(String kind, String name) {
        List<Document> found = ofKind(kind).stream().filter(d -> d.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " named " + name + " in " + DIRECTORY + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The only container of a Job's pod template. */
    static JsonNode container(Document job) {
        JsonNode containers = job.node().path("spec").path("template").path("spec").path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(job.file() + ": expected one container, found " + containers.size());
        }
        return containers.get(0);
    }

    static List<String> args(Document job) {
        List<String> args = new ArrayList<>();
        container(job).path("args").forEach(a -> args.add(a.asText()));
        return args;
    }
}
