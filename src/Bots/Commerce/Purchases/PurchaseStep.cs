namespace Conversational.Bots.Commerce.Purchases;

/// <summary>Where a purchase stands: what the next answer is read as.</summary>
public enum PurchaseStep
{
    /// <summary>Which product: a short list was shown.</summary>
    Product,

    /// <summary>How many.</summary>
    Quantity,

    /// <summary>How it is delivered (physical goods only).</summary>
    Delivery,

    /// <summary>Which address: the saved ones, or a new one typed (home and work deliveries only).</summary>
    Address,

    /// <summary>Near which postcode to look for relay points or lockers.</summary>
    Postcode,

    /// <summary>Which relay point or locker, from the list near the postcode.</summary>
    PickupPoint,

    /// <summary>The total and the delivery shown; waits for Pay, a change, or cancel.</summary>
    Review,
}
