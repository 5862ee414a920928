package io.github.musit2specify.flow.structure;

import io.github.musit2specify.flow.structure.StructureConfig.CollectionConfig;
import io.github.musit2specify.specify.setup.SetupDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StructureRulesTest {

    @ParameterizedTest(name = "format {0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "null, CatalogNumberNumeric",
            "CatalogNumberAlphaNumByYear, CatalogNumberAlphaNumByYear",
    })
    void theCatalogNumberFormatterIsTheFilesElseSpecifysDefault(String format, String expected) {
        StructureWriter writer = new StructureWriter(SetupDefaults.current());
        assertThat(writer.catalogNumberFormatter(new CollectionConfig("NHM", "NHM", format))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' matches ''{1}''")
    @CsvSource({
            "Biology, biology",
            "'  Biology ', BIOLOGY",
            "Geology/paleontology, GEOLOGY/Paleontology",
            "Ørret, ØRRET",
    })
    void namesAndCodesMatchTrimmedIgnoringCase(String a, String b) {
        assertThat(ExistingStructure.key(a)).isEqualTo(ExistingStructure.key(b));
    }

    @Test
    void theDocumentedHierarchyIsTheBundledOne() throws IOException {
        Path docs = Path.of("..", "docs", "unimus_natur.yaml");
        try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(StructureConfigLoader.BUNDLED_RESOURCE)) {
            assertThat(bundled).isNotNull();
            assertThat(new String(bundled.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(docs));
        }
    }
}
