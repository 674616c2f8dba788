package gov.enforcement.disclosure.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.List;

/** The configurable parts of publishing: redaction rules (D-REDACT) and publicity periods (D-PERIOD). */
@ApplicationScoped
public class RecordsConfig {

    @Produces
    @Singleton
    Redactor redactor(@ConfigProperty(name = "disclosure.redact.names", defaultValue = "true") boolean names,
                      @ConfigProperty(name = "disclosure.redact.phones", defaultValue = "true") boolean phones,
                      @ConfigProperty(name = "disclosure.redact.addresses", defaultValue = "true") boolean addresses,
                      @ConfigProperty(name = "disclosure.redact.bank-accounts", defaultValue = "true") boolean bankAccounts,
                      @ConfigProperty(name = "disclosure.redact.address-keywords",
                              defaultValue = "住址,地址,住所,家住,现住,居住于,居住在,户籍地") List<String> keywords) {
        return new Redactor(new RedactionRules(names, phones, addresses, bankAccounts, keywords));
    }

    @Produces
    @Singleton
    PublicityPeriod publicityPeriod(@ConfigProperty(name = "disclosure.publicity.minimum", defaultValue = "P3M") Period minimum,
                                    @ConfigProperty(name = "disclosure.publicity.with-amounts", defaultValue = "P1Y") Period withAmounts,
                                    @ConfigProperty(name = "disclosure.publicity.severe", defaultValue = "P3Y") Period severe,
                                    @ConfigProperty(name = "disclosure.publicity.maximum", defaultValue = "P3Y") Period maximum) {
        return new PublicityPeriod(minimum, withAmounts, severe, maximum);
    }
}
