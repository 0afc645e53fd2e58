package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One year's State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知), the source of that year's
 * holidays and make-up working days (调休) in {@code holidays-cn.csv}.
 *
 * @param year     the year the notice arranges
 * @param number   the document number (e.g. 国办发明电〔2024〕12号), empty when not verified
 * @param title    the notice's title
 * @param issuedOn the day it was issued
 * @param url      where its full text was read
 */
public record HolidayNotice(int year, String number, String title, LocalDate issuedOn, String url) {

    /** Checks that the year, title and issue day are present. */
    public HolidayNotice {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuedOn, "issuedOn");
        number = number == null ? "" : number;
        url = url == null ? "" : url;
    }
}
