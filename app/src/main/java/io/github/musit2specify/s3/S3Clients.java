package io.github.musit2specify.s3;

import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The S3 clients of one CLI invocation: the preflight, the schema drift look-up, the report upload and
 * every other S3 call of the invocation share one client per client setting (endpoint, credentials,
 * region, addressing, payload and checksum mode; the bucket is not part of it), built on first use.
 * Building a client and its first request cost about half a second (SDK classes, endpoint and auth
 * scheme resolution, signer), which a run should pay once, not three times.
 *
 * <p>Safe to use from several threads (S3Client is). Users never close a client they got here: the
 * CLI closes them all when the invocation ends ({@link #close()}); a later call builds a new one.
 */
public final class S3Clients implements AutoCloseable {
    private static final S3Clients INVOCATION = new S3Clients(S3ClientFactory::create);

    private final BiFunction<S3Settings, RequestChecksumCalculation, S3Client> factory;
    private final Map<Key, S3Client> clients = new ConcurrentHashMap<>();
    private final AtomicInteger built = new AtomicInteger();

    /** @param factory builds a client (S3ClientFactory::create; tests count the calls) */
    public S3Clients(BiFunction<S3Settings, RequestChecksumCalculation, S3Client> factory) {
        this.factory = factory;
    }

    /** The clients of this CLI invocation (this process; tests run invocations one after the other). */
    public static S3Clients invocation() {
        return INVOCATION;
    }

    /** The shared client of the compatible mode (checksums WHEN_REQUIRED) for {@code settings}. */
    public S3Client client(S3Settings settings) {
        return client(settings, RequestChecksumCalculation.WHEN_REQUIRED);
    }

    public S3Client client(S3Settings settings, RequestChecksumCalculation checksumCalculation) {
        return clients.computeIfAbsent(Key.of(settings, checksumCalculation), k -> {
            built.incrementAndGet();
            return factory.apply(settings, checksumCalculation);
        });
    }

    /** How many clients were built since this was created (the log and tests read it). */
    public int built() {
        return built.get();
    }

    /** How many clients are open now. */
    public int open() {
        return clients.size();
    }

    /** Closes every client built so far; the next {@link #client} call builds a new one. */
    @Override
    public void close() {
        List<S3Client> open = new ArrayList<>(clients.values());
        clients.clear();
        open.forEach(S3Client::close);
    }

    /** What a client depends on: everything in S3Settings but the bucket and the key prefixes. */
    private record Key(Optional<URI> endpoint, Optional<String> accessKeyId, Optional<String> secretAccessKey,
                       String region, boolean forcePathStyle, boolean payloadSigningEnabled,
                       RequestChecksumCalculation checksumCalculation) {
        static Key of(S3Settings s, RequestChecksumCalculation checksumCalculation) {
            return new Key(s.endpoint(), s.accessKeyId(), s.secretAccessKey(), s.region(), s.forcePathStyle(),
                    s.payloadSigningEnabled(), checksumCalculation);
        }

        @Override
        public String toString() {
            return "Key[endpoint=" + endpoint + ", region=" + region + "]"; // never the keys
        }
    }
}
