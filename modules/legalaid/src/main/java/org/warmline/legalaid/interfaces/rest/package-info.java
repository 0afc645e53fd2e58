/** Staff API of legal aid: consultations opened by the dialog ({@code /api/legalaid/consultations}). */
package org.warmline.legalaid.interfaces.rest;
