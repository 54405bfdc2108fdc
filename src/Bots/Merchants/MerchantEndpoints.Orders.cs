using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Wallet;

namespace Conversational.Bots.Merchants;

/// <summary>The orders of the merchant API: the list, one order, and status changes through <see cref="OrderDesk"/>.</summary>
internal static partial class MerchantEndpoints
{
    /// <summary>The most orders one list gives.</summary>
    public const int MaxOrdersListed = 100;

    private const string StatusExample = """{"status":"accepted","note":"Ships tomorrow"}""";

    private static async Task<IResult> ListOrdersAsync(string merchant, string? status, IOrderStore orders, CancellationToken ct)
    {
        OrderStatus? only = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!MerchantValidation.TryParse<OrderStatus>(status, out var parsed))
            {
                return Error(StatusCodes.Status400BadRequest, $"\"status\" must be one of {MerchantValidation.Names(Enum.GetValues<OrderStatus>())}.");
            }
            only = parsed;
        }
        var list = await orders.ListByMerchantAsync(Handle(merchant)!, only, MaxOrdersListed, ct).ConfigureAwait(false);
        return Results.Json(new OrderList([.. list.Select(MerchantViews.Of)]), MerchantJson.Default.OrderList);
    }

    private static async Task<IResult> GetOrderAsync(string merchant, string number, IOrderStore orders, CancellationToken ct)
    {
        var order = await orders.GetAsync(number, ct).ConfigureAwait(false);
        return order is null || order.Merchant != Handle(merchant)
            ? OrderNotFound(number)
            : Results.Json(MerchantViews.Of(order), MerchantJson.Default.OrderView);
    }

    private static async Task<IResult> ChangeStatusAsync(string merchant, string number, HttpContext http, OrderDesk desk)
    {
        var (request, problem) = await ReadAsync(http, MerchantJson.Default.StatusRequest, StatusExample).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        if (!MerchantValidation.TryParse<OrderStatus>(request!.Status, out var to))
        {
            return Error(StatusCodes.Status400BadRequest, $"\"status\" must be one of {MerchantValidation.Names(Enum.GetValues<OrderStatus>())}.");
        }
        var note = MerchantValidation.Text(request.Note, MerchantValidation.MaxNote, allowNewLines: true);
        if (!string.IsNullOrWhiteSpace(request.Note) && note is null)
        {
            return Error(StatusCodes.Status400BadRequest, $"\"note\" must be at most {MerchantValidation.MaxNote} characters, without control characters but line breaks.");
        }
        var change = await desk.ChangeStatusAsync(Handle(merchant)!, number, to, note, http.RequestAborted).ConfigureAwait(false);
        return change switch
        {
            OrderChange.Changed changed => Results.Json(MerchantViews.Of(changed.Order), MerchantJson.Default.OrderView),
            OrderChange.NotFound => OrderNotFound(number),
            OrderChange.NotAllowed notAllowed => Error(StatusCodes.Status409Conflict, NotAllowedMessage(number, notAllowed.Current, to), "NotAllowed"),
            OrderChange.Conflict conflict => Error(StatusCodes.Status409Conflict,
                $"Order {number} changed meanwhile: it is now {MerchantValidation.Name(conflict.Current)}. Read it again before changing it.", "Conflict"),
            OrderChange.Rejected rejected => Error(StatusCodes.Status422UnprocessableEntity,
                "The wallet refused the money movement, so the order is unchanged: " + RejectionMessages.Describe(rejected.Rejection, "en"),
                rejected.Rejection.Reason.ToString()),
            OrderChange.Unknown => Error(StatusCodes.Status503ServiceUnavailable,
                "The ledger did not answer, so the money may or may not have moved. Send the same request again: it settles it and never moves money twice.",
                "Unknown"),
            _ => throw new InvalidOperationException("Unknown order change."),
        };
    }

    private static IResult OrderNotFound(string number) =>
        Error(StatusCodes.Status404NotFound, $"No order of yours has the number \"{number}\".");

    private static string NotAllowedMessage(string number, OrderStatus current, OrderStatus to)
    {
        var next = Enum.GetValues<OrderStatus>().Where(s => OrderTransitions.IsAllowed(current, s)).ToList();
        var then = next.Count == 0 ? "It moves no more." : $"From there it may become {MerchantValidation.Names(next)}.";
        return $"Order {number} is {MerchantValidation.Name(current)}: it cannot become {MerchantValidation.Name(to)}. {then}";
    }
}
