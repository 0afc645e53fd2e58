/**
 * Table exports shared by the modules (trip manifests and demand board in returnhome, the inspection list in
 * legalaid): CSV with commons-csv, XLSX with Apache POI, one formula-injection rule.
 */
package org.warmline.core.infrastructure.export;
