package org.warmline.helpdesk.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.warmline.core.domain.text.DangerWords;

/**
 * Reading a worker's message for triage: danger words (injury, violence, hunger, no shelter, despair)
 * that make a conversation urgent, and keywords that guess the service it is about.
 */
public final class Triage {

    private static final List<String> RETURNHOME = List.of("回家", "返乡", "回老家", "车票", "包车", "火车", "大巴",
            "go home", "ticket", "bus", "train");
    private static final List<String> LEGALAID = List.of("工资", "欠薪", "讨薪", "工伤", "合同", "仲裁", "老板跑",
            "wage", "salary", "unpaid", "injury", "contract");
    private static final List<String> JOBS = List.of("找工作", "工作", "招聘", "培训", "找活", "创业", "job", "work",
            "training");

    private Triage() {
    }

    /** @param text a worker's message @return the first danger word in it, if any ({@link DangerWords}) */
    public static Optional<String> dangerWord(String text) {
        return DangerWords.firstIn(text);
    }

    /** @param text a worker's message @return the service its keywords point to, if any (legal aid first) */
    public static Optional<Ticket.Service> service(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (LEGALAID.stream().anyMatch(t::contains)) {
            return Optional.of(Ticket.Service.LEGALAID);
        }
        if (RETURNHOME.stream().anyMatch(t::contains)) {
            return Optional.of(Ticket.Service.RETURNHOME);
        }
        if (JOBS.stream().anyMatch(t::contains)) {
            return Optional.of(Ticket.Service.JOBS);
        }
        return Optional.empty();
    }
}
