namespace Conversational.Wallet;

/// <summary>
/// The <c>Wallet</c> section of appsettings.json: every number of DESIGN.md's money rules. Amounts are written
/// as decimals in their currency ("250.00") and read exactly, never through floating point.
/// </summary>
public sealed class WalletOptions
{
    public const string Section = "Wallet";

    /// <summary>The currencies the wallet holds, each with its limits. A transfer in any other currency is refused.</summary>
    public Dictionary<string, CurrencyLimitsOptions> Currencies { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Days a pending transfer waits for its recipient before it goes back to the sender.</summary>
    public int PendingClaimDays { get; set; } = 7;

    /// <summary>The fee plans a merchant may have, in hundredths of a percent (100 = 1 %).</summary>
    public List<int> MerchantFeePlans { get; init; } = [];

    /// <summary>SMS+ carrier billing.</summary>
    public CarrierBillingOptions CarrierBilling { get; set; } = new();

    /// <summary>How many times a store call that got no answer is retried, with the same id, before the outcome is reported unknown.</summary>
    public int StoreAttempts { get; set; } = 3;

    /// <summary>The options with the defaults of DESIGN.md (the same values appsettings.json carries).</summary>
    public static WalletOptions Defaults()
    {
        var options = new WalletOptions { MerchantFeePlans = { 100, 200 } };
        options.Currencies["EUR"] = new CurrencyLimitsOptions();
        options.CarrierBilling.Tiers = CarrierBillingOptions.DefaultTiers();
        return options;
    }
}

/// <summary>The limits of one currency (defaults: EUR, DESIGN.md).</summary>
public sealed class CurrencyLimitsOptions
{
    /// <summary>At most this much to a person in one transfer.</summary>
    public string PersonToPersonMax { get; set; } = "250.00";

    /// <summary>At most this much to a charity in one donation.</summary>
    public string CharityMax { get; set; } = "500.00";

    /// <summary>At most this much to a merchant in one payment.</summary>
    public string MerchantMax { get; set; } = "500.00";

    /// <summary>A verified person's outgoing cap per calendar day (UTC).</summary>
    public string DailyCap { get; set; } = "1000.00";

    /// <summary>A verified person's outgoing cap per calendar month (UTC).</summary>
    public string MonthlyCap { get; set; } = "2500.00";

    /// <summary>The most an unverified person may hold.</summary>
    public string UnverifiedBalanceMax { get; set; } = "150.00";

    /// <summary>The most an unverified person may spend in any rolling 30 days.</summary>
    public string UnverifiedSpending30Days { get; set; } = "150.00";
}

/// <summary>SMS+ style carrier billing: keyword purchases billed to the phone bill.</summary>
public sealed class CarrierBillingOptions
{
    /// <summary>The currency of phone bills (the EU ceilings are in euros).</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>The most one purchase may cost (SMS+: 4.50 EUR).</summary>
    public string MaxPerPurchase { get; set; } = "4.50";

    /// <summary>The monthly cap per phone number unless the person lowered theirs.</summary>
    public string DefaultMonthlyCap { get; set; } = "50.00";

    /// <summary>The share of the monthly cap, in percent, from which the person is warned.</summary>
    public int WarningPercent { get; set; } = 80;

    /// <summary>A short code's first digit → the most a purchase on that code may cost.</summary>
    public Dictionary<string, string> Tiers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The SMS+ price tiers by first digit of the short code.</summary>
    public static Dictionary<string, string> DefaultTiers() => new(StringComparer.Ordinal)
    {
        ["4"] = "0.20",
        ["5"] = "0.50",
        ["6"] = "0.80",
        ["7"] = "1.50",
        ["8"] = "4.50",
    };
}
