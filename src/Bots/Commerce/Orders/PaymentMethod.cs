namespace Conversational.Bots.Commerce.Orders;

/// <summary>How an order was paid.</summary>
public enum PaymentMethod
{
    /// <summary>A hold on the wallet balance, captured when the merchant accepts (at once for digital goods).</summary>
    Wallet,

    /// <summary>SMS+ carrier billing: a keyword sent to a short code, billed to the phone bill.</summary>
    PhoneBill,
}
