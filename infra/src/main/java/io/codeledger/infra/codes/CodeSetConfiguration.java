package io.codeledger.infra.codes;

import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.codeset.CodeSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The code set the aggregates validate against and the model suggests from: the bundled FY2026 tables. */
@Configuration(proxyBeanMethods = false)
class CodeSetConfiguration {

    @Bean
    CodeSet codeSet() {
        return BundledCodeSet.load();
    }
}
