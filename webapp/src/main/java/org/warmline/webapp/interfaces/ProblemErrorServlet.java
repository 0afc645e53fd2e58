package org.warmline.webapp.interfaces;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.warmline.core.interfaces.rest.Problems;

/**
 * The container's error page (web.xml {@code <error-page>}): errors raised outside JAX-RS — unknown
 * paths, rejected sign-ins, malformed requests — answer with an RFC 9457 problem+json body instead of
 * the server's HTML page.
 */
@WebServlet(urlPatterns = ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

    /** Where web.xml sends errors. */
    public static final String PATH = "/error-problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Error";
        };
        Problems.send(response, status, title, status == 401 ? "sign in with HTTP Basic (staff account)" : title);
    }
}
