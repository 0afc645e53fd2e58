/** Table exports: CSV with commons-csv, XLSX with Apache POI. */
package org.warmline.returnhome.infrastructure.export;
