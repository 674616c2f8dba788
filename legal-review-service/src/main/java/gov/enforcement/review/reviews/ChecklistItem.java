package gov.enforcement.review.reviews;

/** The seven checks of L-ITEMS (seed 003 §13(1)), in the order an opinion lists them. */
public enum ChecklistItem {
    COMPETENCE, PROCEDURE, FACTS_AND_EVIDENCE, LAW_AND_DISCRETION, NO_ULTRA_VIRES, DOCUMENTS, CRIMINAL_TRANSFER
}
