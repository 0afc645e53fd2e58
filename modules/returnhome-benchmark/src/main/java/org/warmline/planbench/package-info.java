/** The trip planner benchmark of issue 6: a generated demand of 10,000 requests, planned and measured. */
package org.warmline.planbench;
