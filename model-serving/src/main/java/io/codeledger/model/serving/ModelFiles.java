package io.codeledger.model.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The three files of a trained model, as bytes: {@value #ONNX} (the ranker), {@value #LEXICON}
 * (the n-gram/code counts the features are computed from) and {@value #METADATA}. The model's
 * content hash covers all three.
 */
public record ModelFiles(byte[] onnx, byte[] lexicon, byte[] metadata) {

    public static final String ONNX = "model.onnx";
    public static final String LEXICON = "model-lexicon.tsv.gz";
    public static final String METADATA = "model-metadata.json";
    /** Where the shipped model lives on the classpath. */
    public static final String BUNDLED = "/model/";

    /** {@code sha256:<hex>} over the ONNX, lexicon and metadata bytes, in that order. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(onnx);
            digest.update(lexicon);
            digest.update(metadata);
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The SHA-256 of some bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Writes the three files into {@code dir}, creating it if needed. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(ONNX), onnx);
            Files.write(dir.resolve(LEXICON), lexicon);
            Files.write(dir.resolve(METADATA), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + dir, e);
        }
    }

    /** Reads a model directory written by {@link #write(Path)}. */
    public static ModelFiles read(Path dir) {
        try {
            return new ModelFiles(
                    Files.readAllBytes(dir.resolve(ONNX)),
                    Files.readAllBytes(dir.resolve(LEXICON)),
                    Files.readAllBytes(dir.resolve(METADATA)));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read a model from " + dir + " (expected " + ONNX + ", " + LEXICON + ", " + METADATA + ")",
                    e);
        }
    }

    /** Reads the model shipped on the classpath under {@value #BUNDLED}. */
    public static ModelFiles readBundled() {
        return new ModelFiles(resource(ONNX), resource(LEXICON), resource(METADATA));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ModelFiles.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled model is missing from the classpath: " + BUNDLED + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model file " + name, e);
        }
    }
}
