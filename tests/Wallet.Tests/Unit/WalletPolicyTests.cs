using System.Globalization;
using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Unit;

public sealed class WalletPolicyTests
{
    [Fact]
    public void The_default_policy_has_the_issues_numbers()
    {
        var policy = WalletPolicy.Default;
        var eur = Assert.IsType<CurrencyLimits>(policy.LimitsFor(Currency.Eur));

        Assert.Equal(
            new CurrencyLimits(
                Currency.Eur, Eur("250.00"), Eur("500.00"), Eur("500.00"), Eur("1000.00"), Eur("2500.00"), Eur("150.00"), Eur("150.00")),
            eur);
        Assert.Equal(Eur("250.00"), eur.TransactionMax(AccountKind.Person));
        Assert.Equal(Eur("500.00"), eur.TransactionMax(AccountKind.Charity));
        Assert.Equal(Eur("500.00"), eur.TransactionMax(AccountKind.Merchant));
        Assert.Equal(TimeSpan.FromDays(7), policy.PendingClaimPeriod);
        Assert.Equal([100, 200], policy.MerchantFeePlans.Order());
        Assert.Equal(["EUR"], policy.Currencies);
        Assert.Null(policy.LimitsFor(Usd));
        Assert.Equal(3, policy.StoreAttempts);
    }

    [Fact]
    public void The_default_carrier_billing_is_sms_plus()
    {
        var carrier = WalletPolicy.Default.Carrier;

        Assert.Equal((Eur("4.50"), Eur("50.00"), 80), (carrier.MaxPerPurchase, carrier.DefaultMonthlyCap, carrier.WarningPercent));
        Assert.Equal(Eur("0.20"), carrier.TierPrice("41234"));
        Assert.Equal(Eur("0.50"), carrier.TierPrice("51234"));
        Assert.Equal(Eur("0.80"), carrier.TierPrice("61234"));
        Assert.Equal(Eur("1.50"), carrier.TierPrice("71234"));
        Assert.Equal(Eur("4.50"), carrier.TierPrice("81234"));
        Assert.Null(carrier.TierPrice("91234"));
        Assert.Null(carrier.TierPrice("8123"));
        Assert.True(carrier.IsWarning(40_00, 50_00));
        Assert.False(carrier.IsWarning(39_99, 50_00));
    }

    [Fact]
    public void Currencies_are_listed_sorted()
    {
        var policy = Policies.With(o =>
        {
            o.Currencies["USD"] = new CurrencyLimitsOptions();
            o.Currencies["CHF"] = new CurrencyLimitsOptions();
        });

        Assert.Equal(["CHF", "EUR", "USD"], policy.Currencies);
    }

    public static TheoryData<string, string> BadSettings => new()
    {
        { "PersonToPersonMax=abc", "Wallet:Currencies:EUR:PersonToPersonMax" },
        { "CharityMax=0", "Wallet:Currencies:EUR:CharityMax must be above zero" },
        { "MerchantMax=1.234", "Wallet:Currencies:EUR:MerchantMax" },
        { "DailyCap=-5", "Wallet:Currencies:EUR:DailyCap" },
        { "MonthlyCap=", "Wallet:Currencies:EUR:MonthlyCap" },
        { "UnverifiedBalanceMax=99999999999999999999", "Wallet:Currencies:EUR:UnverifiedBalanceMax (99999999999999999999) is too large" },
        { "UnverifiedSpending30Days=1,50", "Wallet:Currencies:EUR:UnverifiedSpending30Days" },
        { "DailyCap=3000.00", "Wallet:Currencies:EUR:DailyCap (3000.00) is above MonthlyCap (2500.00)" },
        { "PersonToPersonMax=900000.01", "Wallet:Currencies:EUR:PersonToPersonMax is above 90000000 minor units" },
        { "PendingClaimDays=0", "Wallet:PendingClaimDays must be between 1 and 365 (it is 0)" },
        { "PendingClaimDays=366", "Wallet:PendingClaimDays" },
        { "MerchantFeePlans=", "Wallet:MerchantFeePlans" },
        { "MerchantFeePlans=10001", "Wallet:MerchantFeePlans" },
        { "StoreAttempts=0", "Wallet:StoreAttempts must be between 1 and 10 (it is 0)" },
        { "StoreAttempts=11", "Wallet:StoreAttempts" },
        { "Currency=eur", "Wallet:Currencies:eur is not an upper-case ISO 4217 currency code" },
        { "Currency=XYZ", "Wallet:Currencies:XYZ is not an upper-case ISO 4217 currency code" },
        { "NoCurrency", "Wallet:Currencies must list at least one currency" },
        { "Carrier.Currency=USD", "Wallet:CarrierBilling:Currency must be EUR" },
        { "Carrier.MaxPerPurchase=0", "Wallet:CarrierBilling:MaxPerPurchase must be above zero" },
        { "Carrier.WarningPercent=0", "Wallet:CarrierBilling:WarningPercent must be between 1 and 100 (it is 0)" },
        { "Carrier.WarningPercent=101", "Wallet:CarrierBilling:WarningPercent" },
        { "Carrier.NoTiers", "Wallet:CarrierBilling:Tiers must give at least one short-code tier" },
        { "Carrier.Tier.12=1.00", "Wallet:CarrierBilling:Tiers:12 must be a single digit" },
        { "Carrier.Tier.a=1.00", "Wallet:CarrierBilling:Tiers:a must be a single digit" },
        { "Carrier.Tier.9=5.00", "Wallet:CarrierBilling:Tiers:9 (5.00) is above MaxPerPurchase (4.50)" },
        { "Carrier.Tier.9=zero", "Wallet:CarrierBilling:Tiers:9" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_is_refused_with_a_message_naming_it(string setting, string expected)
    {
        var error = Assert.Throws<WalletOptionsException>(() => WalletPolicy.From(With(setting)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("50.01")]
    [InlineData("300.00")]
    public void Carrier_billing_above_the_eu_ceiling_of_50_euros_a_payment_is_refused(string maxPerPurchase)
    {
        var error = Assert.Throws<WalletOptionsException>(() => Policies.With(o => o.CarrierBilling.MaxPerPurchase = maxPerPurchase));

        Assert.Contains($"Wallet:CarrierBilling:MaxPerPurchase ({maxPerPurchase}) is above the EU ceiling of 50.00 EUR per payment",
            error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("300.01")]
    [InlineData("1000.00")]
    public void Carrier_billing_above_the_eu_ceiling_of_300_euros_a_month_is_refused(string monthlyCap)
    {
        var error = Assert.Throws<WalletOptionsException>(() => Policies.With(o => o.CarrierBilling.DefaultMonthlyCap = monthlyCap));

        Assert.Contains($"Wallet:CarrierBilling:DefaultMonthlyCap ({monthlyCap}) is above the EU ceiling of 300.00 EUR per month",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Carrier_billing_exactly_at_the_eu_ceilings_is_allowed()
    {
        var policy = Policies.With(o =>
        {
            o.CarrierBilling.MaxPerPurchase = "50.00";
            o.CarrierBilling.DefaultMonthlyCap = "300.00";
            o.CarrierBilling.Tiers["9"] = "50.00";
        });

        Assert.Equal(Eur("50.00"), policy.Carrier.TierPrice("91234"));
        Assert.Equal(CarrierBillingCeilings.PerMonth, policy.Carrier.DefaultMonthlyCap);
        Assert.Equal(CarrierBillingCeilings.PerPayment, policy.Carrier.MaxPerPurchase);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var error = Assert.Throws<WalletOptionsException>(() => Policies.With(o =>
        {
            o.Currencies["EUR"].PersonToPersonMax = "x";
            o.PendingClaimDays = 0;
            o.StoreAttempts = 0;
            o.CarrierBilling.MaxPerPurchase = "60.00";
        }));

        Assert.Equal(4, error.Problems.Count);
        Assert.Equal(string.Join(Environment.NewLine, error.Problems), error.Message);
    }

    [Fact]
    public void Options_are_required() => Assert.Throws<ArgumentNullException>(() => WalletPolicy.From(null!));

    /// <summary>The defaults with one setting changed, written "Name=value" (see <see cref="BadSettings"/>).</summary>
    private static WalletOptions With(string setting)
    {
        var options = WalletOptions.Defaults();
        var eur = options.Currencies["EUR"];
        var (name, value) = setting.Split('=', 2) is [var n, var v] ? (n, v) : (setting, "");
        switch (name)
        {
            case nameof(eur.PersonToPersonMax): eur.PersonToPersonMax = value; break;
            case nameof(eur.CharityMax): eur.CharityMax = value; break;
            case nameof(eur.MerchantMax): eur.MerchantMax = value; break;
            case nameof(eur.DailyCap): eur.DailyCap = value; break;
            case nameof(eur.MonthlyCap): eur.MonthlyCap = value; break;
            case nameof(eur.UnverifiedBalanceMax): eur.UnverifiedBalanceMax = value; break;
            case nameof(eur.UnverifiedSpending30Days): eur.UnverifiedSpending30Days = value; break;
            case nameof(options.PendingClaimDays): options.PendingClaimDays = int.Parse(value, CultureInfo.InvariantCulture); break;
            case nameof(options.StoreAttempts): options.StoreAttempts = int.Parse(value, CultureInfo.InvariantCulture); break;
            case nameof(options.MerchantFeePlans):
                options.MerchantFeePlans.Clear();
                options.MerchantFeePlans.AddRange(value.Length == 0 ? [] : [int.Parse(value, CultureInfo.InvariantCulture)]);
                break;
            case "Currency":
                options.Currencies.Remove("EUR");
                options.Currencies[value] = new CurrencyLimitsOptions();
                break;
            case "NoCurrency": options.Currencies.Clear(); break;
            case "Carrier.Currency": options.CarrierBilling.Currency = value; break;
            case "Carrier.MaxPerPurchase": options.CarrierBilling.MaxPerPurchase = value; break;
            case "Carrier.WarningPercent": options.CarrierBilling.WarningPercent = int.Parse(value, CultureInfo.InvariantCulture); break;
            case "Carrier.NoTiers": options.CarrierBilling.Tiers.Clear(); break;
            default:
                var digit = name["Carrier.Tier.".Length..];
                options.CarrierBilling.Tiers[digit] = value;
                break;
        }
        return options;
    }
}
