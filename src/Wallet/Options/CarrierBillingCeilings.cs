namespace Conversational.Wallet;

/// <summary>
/// The EU ceilings for payments billed to a phone (the PSD2 exclusion for electronic communications networks,
/// article 3(l)): no setting may take carrier billing past them.
/// </summary>
public static class CarrierBillingCeilings
{
    /// <summary>50 EUR per payment.</summary>
    public static readonly Money PerPayment = new(50_00, Currency.Eur);

    /// <summary>300 EUR per month per phone number.</summary>
    public static readonly Money PerMonth = new(300_00, Currency.Eur);
}
