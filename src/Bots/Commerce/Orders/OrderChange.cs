using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>What <see cref="OrderDesk.ChangeStatusAsync"/> did with a merchant's status change.</summary>
public abstract record OrderChange
{
    private OrderChange()
    {
    }

    /// <summary>
    /// The order is in the asked status: changed now, or already there (<paramref name="Repeated"/>: nothing moved and
    /// nobody was told again), so a retried call answers as the first one did.
    /// </summary>
    public sealed record Changed(Order Order, bool Repeated = false) : OrderChange;

    /// <summary>No order has this number at this merchant.</summary>
    public sealed record NotFound : OrderChange;

    /// <summary><see cref="OrderTransitions"/> does not allow the change from <paramref name="Current"/>.</summary>
    public sealed record NotAllowed(OrderStatus Current) : OrderChange;

    /// <summary>The wallet refused the money movement; nothing moved and the order is unchanged.</summary>
    public sealed record Rejected(Rejection Rejection) : OrderChange;

    /// <summary>The ledger did not answer: the money may have moved. Retrying the same change settles it.</summary>
    public sealed record Unknown(TransferId Movement) : OrderChange;

    /// <summary>The order changed meanwhile (another call moved it to <paramref name="Current"/>); read it again.</summary>
    public sealed record Conflict(OrderStatus Current) : OrderChange;
}
