package org.warmline.legalaid.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.warmline.core.application.CentreScopes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.legalaid.application.ConsultationService;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.legalaid.application.CaseService;
import org.warmline.legalaid.domain.Consultation;
import org.warmline.legalaid.domain.ConsultationAnswer;

/**
 * Staff API: legal consultations opened by the dialog ({@code /api/legalaid/consultations}): the list with staff
 * answers, answering one, and opening a case from one.
 */
@Path("/api/legalaid/consultations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
public class ConsultationResource {

    private static final Logger AUDIT = Logger.getLogger("org.warmline.audit");

    /**
     * A consultation as legal-aid staff see it; the claimant's phone is masked.
     *
     * @param id            consultation id
     * @param topic         WAGE_ARREARS, WORK_INJURY, LABOUR_CONTRACT or OTHER
     * @param description   the worker's words (render as text)
     * @param employer      employer or labour contractor as named
     * @param siteCode      GB/T 2260 code of the work site
     * @param amountFen     wages owed, fen (yuan × 100)
     * @param monthsUnpaid  months unpaid
     * @param coWorkersOwed co-workers owed too
     * @param evidence      evidence kinds held
     * @param urgent        urgent need
     * @param status        NEW …
     * @param phone         claimant's phone, masked
     * @param createdAt     creation time, UTC
     * @param contractor    the labour contractor (包工头) as named, when the employer is a company, or null
     * @param caseId        the case it opened or joined, or null
     * @param answers       staff answers, oldest first
     */
    public record ConsultationDto(long id, String topic, String description, String employer, String siteCode,
                                  Long amountFen, Integer monthsUnpaid, Integer coWorkersOwed, List<String> evidence,
                                  boolean urgent, String status, String phone, Instant createdAt, String contractor,
                                  Long caseId, List<AnswerDto> answers) { }

    /** @param id answer id @param text as written @param by staff user @param at when, UTC */
    public record AnswerDto(long id, String text, String by, Instant at) { }

    /** @param text the answer (1..2000 characters) */
    public record AnswerInput(String text) { }

    /** @param caseId the case @param isNew whether it was opened (false: the consultation joined an open case) */
    public record CaseOpenedDto(long caseId, boolean isNew) { }

    @Inject
    ConsultationService consultations;

    @Inject
    WorkerDirectory workers;

    @Context
    SecurityContext security;

    @Inject
    CentreScopes scopes;

    /**
     * @param limitText at most this many, newest first (default 100, max 1000)
     * @return consultations
     */
    @GET
    @RolesAllowed({"LEGAL_AID", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Legal consultations, newest first; phones masked")
    public List<ConsultationDto> list(@QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 100, 1000);
        List<Consultation> found = consultations.recent(limit,
                scopes.of(security.getUserPrincipal().getName(), security::isUserInRole));
        Map<Long, String> phones = workers.maskedPhones(found.stream().map(Consultation::workerId).toList());
        Map<Long, List<ConsultationAnswer>> answers = consultations.answersOf(found.stream().map(Consultation::id).toList());
        AUDIT.info(() -> "staff " + security.getUserPrincipal().getName() + " listed " + found.size()
                + " legal consultations");
        return found.stream().map(c -> new ConsultationDto(c.id(), c.topic(), c.description(), c.employer(),
                c.siteCode(), c.amountFen(), c.monthsUnpaid(), c.coWorkersOwed(), c.evidence(), c.urgent(),
                c.status(), phones.get(c.workerId()),
                c.createdAt(), c.contractor(), c.caseId(), answers.getOrDefault(c.id(), List.of()).stream()
                        .map(ConsultationResource::answer).toList())).toList();
    }

    /**
     * @param id    consultation id
     * @param input the answer
     * @return the stored answer (201)
     */
    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"LEGAL_AID", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Answer a consultation (written, or a canned answer's text)")
    public Response answer(@PathParam("id") long id, AnswerInput input) {
        if (input == null || input.text() == null || input.text().isBlank()
                || input.text().length() > ConsultationAnswer.MAX_TEXT) {
            throw new InvalidInput(Map.of("text", "1.." + ConsultationAnswer.MAX_TEXT + " characters"));
        }
        ConsultationAnswer answer = consultations.answer(scope(), id, input.text());
        return Response.status(Response.Status.CREATED).entity(answer(answer)).build();
    }

    /**
     * @param id consultation id
     * @return the case opened, or the worker's open case of that topic and employer it joined
     */
    @POST
    @Path("{id}/case")
    @RolesAllowed({"LEGAL_AID", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Open a case from a consultation (or join the worker's open case against that employer)")
    public CaseOpenedDto openCase(@PathParam("id") long id) {
        CaseService.Opened opened = consultations.openCase(scope(), id);
        return new CaseOpenedDto(opened.caseId(), opened.isNew());
    }

    private org.warmline.core.domain.centre.CentreScope scope() {
        return scopes.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    private static AnswerDto answer(ConsultationAnswer a) {
        return new AnswerDto(a.id(), a.text(), a.by(), a.at());
    }
}
