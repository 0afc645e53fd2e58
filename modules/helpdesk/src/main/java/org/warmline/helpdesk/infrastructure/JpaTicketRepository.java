package org.warmline.helpdesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.warmline.helpdesk.domain.Ticket;
import org.warmline.helpdesk.domain.TicketQuery;
import org.warmline.helpdesk.domain.TicketRepository;

/**
 * {@link TicketRepository} with JPA. The queue's filter is a Criteria query built from the parts of a
 * {@link TicketQuery} (every value a bound parameter), shared by the page and its count.
 */
@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    /** Where a ticket that is not waiting sorts among waiting ones: after every real waiting time. */
    private static final int NOT_WAITING = 1;

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public Optional<Ticket> byId(long id) {
        return Optional.ofNullable(em.find(Ticket.class, id));
    }

    @Override
    public Optional<Ticket> byConversation(long conversationId) {
        return em.createQuery("select t from Ticket t where t.conversationId = :c", Ticket.class)
                .setParameter("c", conversationId).getResultStream().findFirst();
    }

    @Override
    public List<Ticket> page(TicketQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> q = cb.createQuery(Ticket.class);
        Root<Ticket> t = q.from(Ticket.class);
        Expression<Integer> notWaiting = cb.<Integer>selectCase()
                .when(cb.isNull(t.get("waitingSince")), NOT_WAITING).otherwise(0);
        q.select(t).where(where(cb, t, query)).orderBy(cb.desc(t.get("priorityRank")), cb.asc(notWaiting),
                cb.asc(t.get("waitingSince")), cb.desc(t.get("lastMessageAt")), cb.desc(t.get("id")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(TicketQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Ticket> t = q.from(Ticket.class);
        q.select(cb.count(t)).where(where(cb, t, query));
        return em.createQuery(q).getSingleResult();
    }

    /** @return the conditions of the query, one per part given */
    static Predicate[] where(CriteriaBuilder cb, Root<Ticket> t, TicketQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.centre() != null) {
            where.add(cb.equal(t.get("centreCode"), query.centre()));
        }
        if (!query.statuses().isEmpty()) {
            where.add(t.get("status").in(query.statuses().stream().map(Enum::name).sorted().toList()));
        }
        if (query.assignee() != null) {
            where.add(cb.equal(t.get("assignee"), query.assignee()));
        }
        if (query.unassigned()) {
            where.add(cb.isNull(t.get("assignee")));
        }
        if (query.service() != null) {
            where.add(cb.equal(t.get("service"), query.service().name()));
        }
        if (query.priority() != null) {
            where.add(cb.equal(t.get("priority"), query.priority().name()));
        }
        if (query.label() != null) {
            where.add(hasLabel(cb, t.<String>get("labels"), query.label()));
        }
        if (query.matching() != null) {
            where.add(cb.or(in(t.<Long>get("conversationId"), query.matching().conversationIds()),
                    in(t.<Long>get("workerId"), query.matching().workerIds())));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The labels column holds the labels joined by commas: the label alone, first, last or in between. */
    private static Predicate hasLabel(CriteriaBuilder cb, Expression<String> labels, String label) {
        String l = label.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.or(cb.equal(labels, label), cb.like(labels, l + ",%", '\\'), cb.like(labels, "%," + l, '\\'),
                cb.like(labels, "%," + l + ",%", '\\'));
    }

    /** {@code path in (ids)}, or a condition nothing meets for no ids (an empty IN list is not portable SQL). */
    private static Predicate in(Expression<Long> path, List<Long> ids) {
        return ids.isEmpty() ? path.in(-1L) : path.in(ids);
    }

    @Override
    public List<Ticket> snoozedDue(Instant now) {
        return em.createQuery("select t from Ticket t where t.status = 'SNOOZED' and t.snoozedUntil <= :now", Ticket.class)
                .setParameter("now", now).getResultList();
    }

    @Override
    public List<Ticket> waitingHandOffs(String centre, int max) {
        var query = em.createQuery("select t from Ticket t where t.status = 'OPEN'"
                + " and t.handOffReason is not null" + (centre == null ? "" : " and t.centreCode = :c")
                + " order by t.waitingSince, t.id", Ticket.class);
        if (centre != null) {
            query.setParameter("c", centre);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public List<Ticket> createdSinceOrUnresolved(Instant since, String centre) {
        var query = em.createQuery("select t from Ticket t where (t.createdAt >= :since or t.status <> 'RESOLVED')"
                + (centre == null ? "" : " and t.centreCode = :c"), Ticket.class).setParameter("since", since);
        if (centre != null) {
            query.setParameter("c", centre);
        }
        return query.getResultList();
    }

    @Override
    public List<Waiting> waitingUnassigned(Collection<String> centres) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Ticket> t = q.from(Ticket.class);
        q.multiselect(t.get("id"), t.get("centreCode"), t.get("priority"), t.get("waitingSince"), t.get("centreSince"))
                .where(cb.equal(t.get("status"), Ticket.Status.OPEN.name()), cb.isNull(t.get("assignee")),
                        cb.isNotNull(t.get("waitingSince")), t.get("centreCode").in(centres))
                .orderBy(cb.asc(t.get("id")));
        return em.createQuery(q).getResultList().stream().map(row -> new Waiting(row.get(0, Long.class),
                row.get(1, String.class), Ticket.Priority.URGENT.name().equals(row.get(2, String.class)),
                row.get(3, Instant.class), row.get(4, Instant.class))).toList();
    }
}
