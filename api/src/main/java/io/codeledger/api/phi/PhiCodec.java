package io.codeledger.api.phi;

/**
 * Stores PHI values outside messages — in read-model documents — exactly as the event store does:
 * sealed under the owner's tenant key and bound to owner and field. Reading a value whose key was
 * shredded returns the type's shredded marker.
 */
public interface PhiCodec {

    /** The stored (sealed) form of {@code value} as field {@code field} of {@code owner}. */
    String seal(PhiOwner owner, String field, Phi value);

    /** Opens a stored value; fails if it was altered or sealed for another owner or field. */
    <T extends Phi> T open(PhiOwner owner, String field, String stored, Class<T> type);

    /** A whole read-model document as JSON, every PHI value in it sealed for the document itself. */
    String sealDocument(PhiOwner document);

    /** Reads a document written by {@link #sealDocument}; PHI of a shredded tenant reads as the marker. */
    <T extends PhiOwner> T openDocument(String stored, Class<T> type);
}
