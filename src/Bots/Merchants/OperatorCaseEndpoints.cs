using Conversational.Bots.Admin;

namespace Conversational.Bots.Merchants;

/// <summary>
/// The operator's desk under <c>/api/admin/cases</c>, behind the operator key (<see cref="ApiKeyFilter"/>): the disputes
/// people open, answered and closed with the same handlers as a merchant's cases.
/// </summary>
internal static class OperatorCaseEndpoints
{
    public static IEndpointRouteBuilder MapOperatorCases(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/admin/cases").AddEndpointFilter<ApiKeyFilter>();
        cases.MapGet("/", ([AsParameters] CaseServices services, CancellationToken ct) =>
            AdvisorCaseEndpoints.ListAsync(AdvisorCaseEndpoints.OperatorDesk, services, ct));
        cases.MapPost("/{id}/replies", (string id, HttpContext http, [AsParameters] CaseServices services) =>
            AdvisorCaseEndpoints.ReplyAsync(AdvisorCaseEndpoints.OperatorDesk, id, http, services));
        cases.MapPost("/{id}/close", (string id, [AsParameters] CaseServices services, CancellationToken ct) =>
            AdvisorCaseEndpoints.CloseAsync(AdvisorCaseEndpoints.OperatorDesk, id, services, ct));
        return app;
    }
}
