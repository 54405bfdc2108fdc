using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Orders;

namespace Conversational.Bots.Merchants;

/// <summary>
/// The advisors' desk, shared by the merchant API (a merchant's own cases) and the operator API (disputes, opened
/// with <see cref="OperatorDesk"/> as their merchant): the open cases, a reply sent to the person's channel with the
/// advisor's name, and closing a case with the person told. A case of another desk is not found.
/// </summary>
internal static class AdvisorCaseEndpoints
{
    /// <summary>The merchant of the cases the operator answers (disputes); no merchant may use this handle.</summary>
    public const string OperatorDesk = "operator";

    private const string ReplyExample = """{"advisor":"Marie","text":"Your parcel left this morning."}""";

    public static async Task<IResult> ListAsync(string desk, CaseServices services, CancellationToken ct)
    {
        var cases = await services.Desk.ListOpenAsync(desk, ct).ConfigureAwait(false);
        var views = new List<CaseView>(cases.Count);
        foreach (var open in cases.OrderBy(c => c.OpenedAt))
        {
            views.Add(await ViewAsync(open, services, ct).ConfigureAwait(false));
        }
        return Results.Json(new CaseList(views), MerchantJson.Default.CaseList);
    }

    public static async Task<IResult> ReplyAsync(string desk, string id, HttpContext http, CaseServices services)
    {
        var ct = http.RequestAborted;
        var (request, problem) = await MerchantEndpoints.ReadAsync(http, MerchantJson.Default.CaseReplyRequest, ReplyExample).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        if (MerchantValidation.Text(request!.Advisor, MerchantValidation.MaxAdvisorName) is not { } advisor)
        {
            return MerchantEndpoints.Error(StatusCodes.Status400BadRequest,
                $"\"advisor\" is required: the name the person sees, 1 to {MerchantValidation.MaxAdvisorName} characters.");
        }
        if (MerchantValidation.Text(request.Text, MerchantValidation.MaxAdvisorText, allowNewLines: true) is not { } text)
        {
            return MerchantEndpoints.Error(StatusCodes.Status400BadRequest,
                $"\"text\" is required: 1 to {MerchantValidation.MaxAdvisorText} characters.");
        }
        if (await FindAsync(desk, id, services, ct).ConfigureAwait(false) is not { } found)
        {
            return CaseNotFound(id);
        }
        var now = services.Time.GetUtcNow();
        var message = new AdvisorMessage(true, text, now, advisor);
        if (!found.IsOpen || await services.Desk.AppendAsync(id, message, ct).ConfigureAwait(false) is not { } updated)
        {
            return MerchantEndpoints.Error(StatusCodes.Status409Conflict,
                $"Case {id} is closed: the person can open a new one by writing.", "Closed");
        }
        var texts = OrderNoticeTexts.For(updated.Language);
        var deskName = desk == OperatorDesk ? texts.OperatorDesk : await services.Orders.ShopNameAsync(desk, ct).ConfigureAwait(false);
        var delivered = await services.Orders.TellAsync(updated.Person, updated.Channel, texts.AdvisorReply(advisor, deskName, text), ct)
            .ConfigureAwait(false);
        return Results.Json(new CaseUpdateView(await ViewAsync(updated, services, ct).ConfigureAwait(false), delivered),
            MerchantJson.Default.CaseUpdateView);
    }

    public static async Task<IResult> CloseAsync(string desk, string id, CaseServices services, CancellationToken ct)
    {
        if (await FindAsync(desk, id, services, ct).ConfigureAwait(false) is null)
        {
            return CaseNotFound(id);
        }
        var at = services.Time.GetUtcNow();
        if (await services.Desk.CloseAsync(id, at, ct).ConfigureAwait(false) is not { } closed)
        {
            return CaseNotFound(id);
        }
        var delivered = false;
        // Only the call that closed it tells the person; closing again answers the same case and says nothing.
        if (closed.ClosedAt == at)
        {
            var shop = desk == OperatorDesk ? null : await services.Orders.ShopNameAsync(desk, ct).ConfigureAwait(false);
            delivered = await services.Orders.TellAsync(closed.Person, closed.Channel, OrderNoticeTexts.For(closed.Language).AdvisorClosed(shop), ct)
                .ConfigureAwait(false);
        }
        return Results.Json(new CaseUpdateView(await ViewAsync(closed, services, ct).ConfigureAwait(false), delivered),
            MerchantJson.Default.CaseUpdateView);
    }

    /// <summary>The case when it belongs to this desk; another desk's case is not found (it is not theirs to see).</summary>
    private static async Task<AdvisorCase?> FindAsync(string desk, string id, CaseServices services, CancellationToken ct)
    {
        var found = await services.Desk.GetAsync(id, ct).ConfigureAwait(false);
        return found is not null && string.Equals(found.Merchant, desk, StringComparison.OrdinalIgnoreCase) ? found : null;
    }

    private static async Task<CaseView> ViewAsync(AdvisorCase c, CaseServices services, CancellationToken ct)
    {
        var person = await services.Directory.FindByAccountAsync(c.Person, ct).ConfigureAwait(false);
        return MerchantViews.Of(c, person?.PublicName ?? c.Person.Name);
    }

    private static IResult CaseNotFound(string id) =>
        MerchantEndpoints.Error(StatusCodes.Status404NotFound, $"No case of this desk has the id \"{id}\".");
}
