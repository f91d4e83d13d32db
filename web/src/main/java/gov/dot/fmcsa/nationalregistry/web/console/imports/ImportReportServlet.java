package gov.dot.fmcsa.nationalregistry.web.console.imports;

import gov.dot.fmcsa.nationalregistry.application.administration.imports.ConsoleImports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error report of a console import ({@code ?run=<id>}) as a CSV download. Under
 * {@code /console/}, so administrators only (web.xml), and the service checks again.
 */
@WebServlet("/console/import-report")
public class ImportReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsoleImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long run;
        try {
            run = Long.parseLong(request.getParameter("run"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + run + "-errors.csv\"");
        if (!imports.writeReport(run, response.getOutputStream())) {
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
