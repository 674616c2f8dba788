package gov.enforcement.review.signing;

import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

import java.io.IOException;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Looks for a private key in every row of every table of a database, in each form it could have been stored:
 * the PEM body, the PKCS#8 DER and the raw 32-byte Ed25519 seed, each as base64 and as hex (bytea's text form).
 */
public final class KeyMaterialScan {

    private KeyMaterialScan() {
    }

    /** The tables (schema.table) whose rows, as text, contain some form of the key; empty when none does. */
    public static List<String> tablesHolding(Connection db, PrivateKey key) throws SQLException, IOException {
        List<String> needles = forms(key);
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select table_schema, table_name from information_schema.tables"
                     + " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")) {
            while (rs.next()) {
                tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
            }
        }
        if (tables.size() < 5) {
            throw new IllegalStateException("expected the service's tables, found " + tables);
        }
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            try (Statement st = db.createStatement(); ResultSet rows = st.executeQuery("select t::text from " + table + " t")) {
                while (rows.next()) {
                    String row = rows.getString(1).toLowerCase().replace("\\\\", "\\");
                    if (needles.stream().anyMatch(row::contains)) {
                        holding.add(table);
                        break;
                    }
                }
            }
        }
        return holding;
    }

    private static List<String> forms(PrivateKey key) throws IOException {
        byte[] der = key.getEncoded();
        byte[] seed = ASN1OctetString.getInstance(PrivateKeyInfo.getInstance(der).parsePrivateKey()).getOctets();
        String pemBody = Pem.encode(key).lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
        return List.of(pemBody, Base64.getEncoder().encodeToString(der), HexFormat.of().formatHex(der),
                Base64.getEncoder().encodeToString(seed), HexFormat.of().formatHex(seed)).stream()
                .map(String::toLowerCase).toList();
    }

    /** The private key in a PEM file. */
    public static PrivateKey privateKey(String pem) {
        return Pem.privateKey(SignatureAlgorithm.ED25519, pem);
    }
}
