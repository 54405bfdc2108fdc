namespace Conversational.Bots.Commerce.Orders;

/// <summary>Where an order stands; the merchant API moves it along <see cref="OrderTransitions"/>.</summary>
public enum OrderStatus
{
    /// <summary>Paid by a hold on the buyer's balance; waits for the merchant.</summary>
    Placed,

    /// <summary>The merchant accepted it; the hold is captured.</summary>
    Accepted,

    Shipped,

    ReadyForPickup,

    Delivered,

    /// <summary>Cancelled before it was delivered; the hold voided, or the payment given back.</summary>
    Cancelled,

    /// <summary>The payment given back after delivery.</summary>
    Refunded,
}
