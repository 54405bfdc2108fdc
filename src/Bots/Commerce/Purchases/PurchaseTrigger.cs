namespace Conversational.Bots.Commerce.Purchases;

/// <summary>What moves a purchase from one step to another.</summary>
public enum PurchaseTrigger
{
    /// <summary>The step's answer was given; the purchase goes to the first step still missing an answer.</summary>
    Answered,

    /// <summary>Back to the step before.</summary>
    Back,

    /// <summary>From the review: change the quantity.</summary>
    ChangeQuantity,

    /// <summary>From the review: change how it is delivered.</summary>
    ChangeDelivery,

    /// <summary>At payment, less stock was left than asked: ask the quantity again.</summary>
    StockShort,
}
