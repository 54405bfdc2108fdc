using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>
/// A purchase under way, kept in the person's conversation until it is paid, cancelled or expires. Its order number is
/// derived from the message that started it, so every money id of the purchase is known from the start and a retried
/// payment never pays twice.
/// </summary>
public sealed class Cart
{
    public required string OrderNumber { get; init; }

    public required string Merchant { get; set; }

    /// <summary>Where the purchase started: its reminder goes there, and its order is told there.</summary>
    public required ChannelIdentity Channel { get; init; }

    public PurchaseStep Step { get; set; } = PurchaseStep.Product;

    /// <summary>Steps answered, in order, for "back".</summary>
    public List<PurchaseStep> Trail { get; set; } = [];

    /// <summary>At <see cref="PurchaseStep.Product"/>: the skus offered, in the order shown.</summary>
    public List<string> Offered { get; set; } = [];

    public string? Sku { get; set; }

    public int? Quantity { get; set; }

    public DeliveryMode? Mode { get; set; }

    /// <summary>The street address (home, work) or the pickup point written out (relay, locker, collect).</summary>
    public string? Address { get; set; }

    public string? Postcode { get; set; }

    public string? PickupPointId { get; set; }

    /// <summary>Wallet, or the phone bill for a keyword sent to a short code.</summary>
    public PaymentMethod Payment { get; set; } = PaymentMethod.Wallet;

    /// <summary>The short code the keyword was sent to, for a phone-bill purchase.</summary>
    public string? ShortCode { get; set; }

    /// <summary>The unit price shown at the review, in minor units: a price changed since is shown again before paying.</summary>
    public long? UnitPrice { get; set; }

    /// <summary>How many payments were refused before: each try has its own hold id, since a refused id stays refused.</summary>
    public int PayAttempt { get; set; }

    /// <summary>The amount (minor units) of the current payment try, once it was attempted.</summary>
    public long? AttemptAmount { get; set; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The one reminder was sent.</summary>
    public bool Reminded { get; set; }

    /// <summary>The cart is kept while the person does something else (a transfer to confirm, a statement).</summary>
    public bool Parked { get; set; }

    /// <summary>The money id of a payment try: "order:&lt;number&gt;:hold" (or ":charge" on the phone bill), then ":2", ":3"...</summary>
    public TransferId PaymentId(int attempt) =>
        new($"order:{OrderNumber}:{(Payment == PaymentMethod.PhoneBill ? "charge" : "hold")}{(attempt == 0 ? "" : ":" + (attempt + 1))}");
}
