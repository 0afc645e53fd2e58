/** Transactional use cases of returning-home logistics; implements the api package's intake. */
package org.warmline.returnhome.application;
