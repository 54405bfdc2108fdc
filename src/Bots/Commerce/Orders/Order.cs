using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>
/// A purchase. Its <see cref="Number"/> is derived from the message that started it, so a retried confirmation finds
/// the same order; the money ids (hold, capture, void, refund, carrier charge) are derived from the number.
/// </summary>
/// <param name="Number">"DS-4F7K2Q": the merchant's prefix and 6 characters.</param>
/// <param name="Merchant">The merchant's handle.</param>
/// <param name="Buyer">The buyer's account.</param>
/// <param name="Channel">The channel identity the order was placed from: status changes are told there.</param>
/// <param name="Language">The language the buyer used ("en", "fr", "ar").</param>
/// <param name="Sku">The product.</param>
/// <param name="ProductName">The product's name in the buyer's language, as shown at purchase.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">Price of one.</param>
/// <param name="Total">What the buyer pays.</param>
/// <param name="Delivery">How it is delivered; null for digital goods.</param>
/// <param name="Payment">Wallet hold or phone bill.</param>
/// <param name="PaymentId">The money movement that paid: the hold (wallet) or the carrier charge (phone bill).</param>
/// <param name="Captured">Whether the money reached the merchant (hold captured, or phone bill charged).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Events">Statuses reached, oldest first.</param>
/// <param name="DigitalContent">For digital goods, the link or code delivered.</param>
public sealed record Order(
    string Number,
    string Merchant,
    AccountId Buyer,
    ChannelIdentity Channel,
    string Language,
    string Sku,
    string ProductName,
    int Quantity,
    Money UnitPrice,
    Money Total,
    Delivery? Delivery,
    PaymentMethod Payment,
    TransferId PaymentId,
    bool Captured,
    OrderStatus Status,
    IReadOnlyList<OrderEvent> Events,
    string? DigitalContent)
{
    public DateTimeOffset PlacedAt => Events[0].At;

    /// <summary>The id under which the hold of a wallet order is captured.</summary>
    public TransferId CaptureId => new($"order:{Number}:capture");

    /// <summary>The id under which the hold of a wallet order is voided.</summary>
    public TransferId VoidId => new($"order:{Number}:void");

    /// <summary>The id under which the payment of an order is given back.</summary>
    public TransferId RefundId => new($"order:{Number}:refund");
}
