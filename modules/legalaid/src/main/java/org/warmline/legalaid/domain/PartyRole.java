package org.warmline.legalaid.domain;

/**
 * A party's place in a construction project's contractor chain, top to bottom (Decree 724, Art. 29–30, 36):
 * the client (建设单位) lets the work to a general contractor (施工总承包单位), who may subcontract (分包单位),
 * down to the foreman (包工头, 班组长) who usually hired the worker.
 */
public enum PartyRole {
    /** The client, 建设单位: advances the wages when its late payment caused the arrears (Art. 29). */
    CLIENT,
    /** The general contractor, 施工总承包单位: pays first when a subcontractor defaults (Art. 30). */
    GENERAL_CONTRACTOR,
    /** A subcontractor, 分包单位. */
    SUBCONTRACTOR,
    /** The foreman or labour boss, 包工头 / 班组长: an individual, often the one the worker knows. */
    FOREMAN
}
