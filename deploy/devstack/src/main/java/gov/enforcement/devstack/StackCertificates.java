package gov.enforcement.devstack;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;

/**
 * The stack's own certificate authority and what it issues in {@code --secure-transport} mode: a PKCS#12 key store
 * per identity (the broker, the stack itself, each service; the subject is {@code CN=<identity>}, which Kafka
 * makes the principal {@code User:CN=<identity>}, as Strimzi does for a KafkaUser with tls authentication), a
 * trust store with the CA, and PostgreSQL's server certificate. Kept in the data folder across restarts and
 * re-issued when missing or within {@link #RENEW_BEFORE} of expiry; deleting the folder rotates everything.
 */
public final class StackCertificates {

    /** The broker's identity: a super user, since it talks to its own controller. */
    public static final String KAFKA_BROKER = "kafka-broker";
    /** The stack's identity: a super user that creates the topics and the ACLs. */
    public static final String STACK_ADMIN = "devstack";

    static final Duration VALIDITY = Duration.ofDays(397);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final String CA_STORE = "ca-signing.p12";
    private static final String PASSWORD_FILE = "store.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final char[] password;
    private final PrivateKey caKey;
    private final X509Certificate caCertificate;

    private StackCertificates(Path dir, char[] password, PrivateKey caKey, X509Certificate caCertificate) {
        this.dir = dir;
        this.password = password;
        this.caKey = caKey;
        this.caCertificate = caCertificate;
    }

    /** Loads or creates the CA in {@code dir}, then makes sure every identity and PostgreSQL have a valid certificate. */
    public static StackCertificates ensure(Path dir, Collection<String> identities) {
        try {
            Dirs.ensure(dir);
            char[] password = password(dir.resolve(PASSWORD_FILE));
            StackCertificates certificates = loadOrCreateCa(dir, password);
            for (String identity : identities) {
                certificates.ensureKeyStore(identity);
            }
            certificates.ensurePostgresServer();
            return certificates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("could not issue the stack's certificates in " + dir, e);
        }
    }

    /** The CA certificate as PEM: what PostgreSQL clients verify the server against. */
    public Path caCertificate() {
        return dir.resolve("ca.crt");
    }

    /** The CA as a PKCS#12 trust store: what Kafka clients and the broker verify each other against. */
    public Path truststore() {
        return dir.resolve("ca.p12");
    }

    /** The PKCS#12 key store of one identity: its key and certificate chain. */
    public Path keystore(String identity) {
        return dir.resolve(identity + ".p12");
    }

    /** The password of every PKCS#12 file of the stack (kept in {@code store.password}, readable by the owner only). */
    public String storePassword() {
        return new String(password);
    }

    public Path postgresCertificate() {
        return dir.resolve("postgres-server.crt");
    }

    public Path postgresKey() {
        return dir.resolve("postgres-server.key");
    }

    private static char[] password(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            writePrivate(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).getBytes(StandardCharsets.US_ASCII));
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
    }

    private static StackCertificates loadOrCreateCa(Path dir, char[] password)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Path caStore = dir.resolve(CA_STORE);
        if (Files.exists(caStore)) {
            KeyStore store = load(caStore, password);
            X509Certificate certificate = (X509Certificate) store.getCertificate("ca");
            if (!expiresSoon(certificate)) {
                return new StackCertificates(dir, password, (PrivateKey) store.getKey("ca", password), certificate);
            }
            // a new CA invalidates every certificate the old one issued
            for (String old : list(dir, ".p12")) {
                Files.deleteIfExists(dir.resolve(old));
            }
        }
        KeyPair pair = keyPair();
        X500Name name = new X500Name("CN=devstack-ca");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minusSeconds(60)),
                Date.from(now.plus(VALIDITY.multipliedBy(3))), name, pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate ca = sign(builder, pair.getPrivate());
        KeyStore signing = empty();
        signing.setKeyEntry("ca", pair.getPrivate(), password, new Certificate[]{ca});
        store(signing, caStore, password);
        KeyStore trust = empty();
        trust.setCertificateEntry("ca", ca);
        store(trust, dir.resolve("ca.p12"), password);
        writePublic(dir.resolve("ca.crt"), pem("CERTIFICATE", ca.getEncoded()));
        Files.deleteIfExists(dir.resolve("postgres-server.crt"));
        return new StackCertificates(dir, password, pair.getPrivate(), ca);
    }

    private void ensureKeyStore(String identity) throws IOException, GeneralSecurityException, OperatorCreationException {
        Path file = keystore(identity);
        if (Files.exists(file) && !expiresSoon((X509Certificate) load(file, password).getCertificate(identity))) {
            return;
        }
        KeyPair pair = keyPair();
        X509Certificate certificate = issue(identity, pair);
        KeyStore store = empty();
        store.setKeyEntry(identity, pair.getPrivate(), password, new Certificate[]{certificate, caCertificate});
        store(store, file, password);
    }

    private void ensurePostgresServer() throws IOException, GeneralSecurityException, OperatorCreationException {
        Path certificateFile = postgresCertificate();
        if (Files.exists(certificateFile) && Files.exists(postgresKey())
                && !expiresSoon(certificate(Files.readAllBytes(certificateFile)))) {
            return;
        }
        KeyPair pair = keyPair();
        X509Certificate certificate = issue("localhost", pair);
        // PostgreSQL refuses a key file that anyone but its owner can read
        writePrivate(postgresKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        writePublic(certificateFile, pem("CERTIFICATE", certificate.getEncoded()));
    }

    // one certificate serves as client and server: the broker is both (to its controller), the services only clients
    private X509Certificate issue(String commonName, KeyPair pair) throws IOException, OperatorCreationException, CertificateException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                Date.from(now.minusSeconds(60)), Date.from(now.plus(VALIDITY)), new X500Name("CN=" + commonName), pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
                .addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                // everything of the stack listens on loopback only: these are the names clients verify (verify-full, https)
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[]{
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        return sign(builder, caKey);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, CertificateException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static boolean expiresSoon(X509Certificate certificate) {
        return certificate == null || certificate.getNotAfter().toInstant().isBefore(Instant.now().plus(RENEW_BEFORE));
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).add(BigInteger.ONE);
    }

    private static X509Certificate certificate(byte[] pem) throws CertificateException {
        return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(pem));
    }

    private static KeyStore empty() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void store(KeyStore store, Path file, char[] password) throws GeneralSecurityException, IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        createPrivate(temporary);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void writePublic(Path file, byte[] content) throws IOException {
        Files.write(file, content);
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.deleteIfExists(file);
        createPrivate(file);
        Files.write(file, content);
    }

    private static void createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    private static java.util.List<String> list(Path dir, String suffix) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).toList();
        }
    }
}
