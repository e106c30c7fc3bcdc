package io.codeledger.api.phi;

/**
 * Marks a value type that holds protected health information. Only these types may carry PHI in
 * messages and read models; the infra layer seals every one of them with the tenant's key wherever
 * it is stored, and after the tenant's keys are destroyed each reads back as its {@code shredded}
 * form, whose text fields hold {@link #SHREDDED}.
 */
public interface Phi {

    /** What every text field of a PHI value reads after crypto-shredding. */
    String SHREDDED = "[PHI shredded]";

    /** True when this value stands for PHI whose key was destroyed. */
    boolean shredded();
}
