using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    private const string AlicePhone = "+33612345678";

    private async Task<(TestLedger Ledger, AccountId Alice, AccountId Games, AccountId Restos)> CarrierLedgerAsync(DateTimeOffset? start = null)
    {
        var ledger = await LedgerAsync(start: start);
        var alice = await ledger.PersonAsync("alice");
        var games = await ledger.MerchantAsync("games", 200);
        var restos = await ledger.CharityAsync("restos");
        return (ledger, alice, games, restos);
    }

    [Fact]
    public async Task A_carrier_purchase_is_billed_to_the_phone_and_pays_the_merchant_minus_its_fee()
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();

        var receipt = (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50", "sms-1")).ShouldComplete();

        var usage = new CarrierUsage(Eur("4.50"), Eur("50.00"), Warning: false, DonationsBlocked: false);
        Assert.Equal(
            new Receipt("sms-1", MovementKind.CarrierPurchase, alice, games, Eur("4.50"), Eur("0.09"), ledger.Now) { Carrier = usage },
            receipt);
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("4.41"), await ledger.PostedAsync(games));
        Assert.Equal(Eur("0.09"), await ledger.PostedAsync(AccountId.Fees));
        Assert.Equal(Eur("-4.50"), await ledger.PostedAsync(AccountId.Carrier("orange")));
        Assert.Equal(usage, await ledger.Store.GetCarrierUsageAsync(AlicePhone, Ct));
        var line = Assert.Single(await ledger.HistoryAsync(alice));
        Assert.Equal(
            new HistoryEntry("sms-1", MovementKind.CarrierPurchase, games, Eur("0.00"), Eur("0.00"), Eur("0.00"), Eur("4.50"), "81234", ledger.Now),
            line);
    }

    [Fact]
    public async Task A_carrier_donation_to_a_charity_is_free()
    {
        var (ledger, alice, _, restos) = await CarrierLedgerAsync();

        var receipt = (await ledger.CarrierAsync(alice, AlicePhone, "71234", restos, "1.50")).ShouldComplete();

        Assert.Equal((MovementKind.CarrierDonation, Eur("0.00")), (receipt.Kind, receipt.Fee));
        Assert.Equal(Eur("1.50"), await ledger.PostedAsync(restos));
    }

    [Theory]
    [InlineData("41234", "0.20")]
    [InlineData("51234", "0.50")]
    [InlineData("60000", "0.80")]
    [InlineData("79999", "1.50")]
    [InlineData("81234", "4.50")]
    public async Task A_price_above_the_short_codes_tier_is_refused_with_the_tier_price(string shortCode, string tierPrice)
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();

        (await ledger.CarrierAsync(alice, AlicePhone, shortCode, games, tierPrice)).ShouldComplete();
        var rejection = (await ledger.ExecuteAsync(new CarrierCharge(
            "over", alice, AlicePhone, "orange", shortCode, games, Eur(tierPrice) + Eur("0.01"))))
            .ShouldBeRejected(RejectionReason.OverCarrierPurchaseLimit);

        Assert.Equal(new Rejection(RejectionReason.OverCarrierPurchaseLimit) { Limit = Eur(tierPrice) }, rejection);
    }

    [Theory]
    [InlineData("91234")]
    [InlineData("01234")]
    [InlineData("8123")]
    [InlineData("812345")]
    [InlineData("8123a")]
    [InlineData("")]
    public async Task An_unknown_short_code_is_refused(string shortCode)
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();

        (await ledger.CarrierAsync(alice, AlicePhone, shortCode, games, "0.10")).ShouldBeRejected(RejectionReason.UnknownShortCode);

        Assert.Equal(Eur("0.00"), (await ledger.Store.GetCarrierUsageAsync(AlicePhone, Ct)).Spent);
    }

    [Fact]
    public async Task A_carrier_charge_with_a_bad_phone_payer_recipient_or_operator_is_refused()
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();

        (await ledger.CarrierAsync(alice, "0612345678", "81234", games, "1.00")).ShouldBeRejected(RejectionReason.InvalidPhoneNumber);
        (await ledger.CarrierAsync(games, AlicePhone, "81234", games, "1.00")).ShouldBeRejected(RejectionReason.WrongAccountKind);
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", alice, "1.00")).ShouldBeRejected(RejectionReason.WrongAccountKind);
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "1.00", carrier: "bad operator"))
            .ShouldBeRejected(RejectionReason.UnknownOperator);
        (await ledger.CarrierAsync(AccountId.Person("ghost"), AlicePhone, "81234", games, "1.00")).ShouldBeRejected(RejectionReason.UnknownAccount);
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", AccountId.Merchant("closed"), "1.00"))
            .ShouldBeRejected(RejectionReason.UnknownRecipient);

        Assert.Equal(Eur("0.00"), (await ledger.Store.GetCarrierUsageAsync(AlicePhone, Ct)).Spent);
    }

    [Fact]
    public async Task The_phones_monthly_cap_refuses_the_charge_that_would_pass_it_with_the_cap_and_what_was_billed()
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();
        for (var i = 0; i < 11; i++)
        {
            (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50")).ShouldComplete();
        }

        var rejection = (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50"))
            .ShouldBeRejected(RejectionReason.OverCarrierMonthlyCap);
        (await ledger.CarrierAsync(alice, AlicePhone, "71234", games, "0.50")).ShouldComplete();
        (await ledger.CarrierAsync(alice, "+33699999999", "81234", games, "4.50")).ShouldComplete();

        Assert.Equal(new Rejection(RejectionReason.OverCarrierMonthlyCap) { Limit = Eur("50.00"), Used = Eur("49.50") }, rejection);
        Assert.Equal(Eur("50.00"), (await ledger.Store.GetCarrierUsageAsync(AlicePhone, Ct)).Spent);
    }

    [Fact]
    public async Task The_person_is_warned_from_80_percent_of_the_cap()
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();
        var warnings = new List<bool>();
        for (var i = 0; i < 11; i++)
        {
            warnings.Add((await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.00")).ShouldComplete().Carrier?.Warning ?? false);
        }

        // 9 × 4.00 = 36.00 is under 80 % of 50.00; 10 × 4.00 = 40.00 is exactly 80 %.
        Assert.Equal([false, false, false, false, false, false, false, false, false, true, true], warnings);
        Assert.Equal(new CarrierUsage(Eur("44.00"), Eur("50.00"), true, false), await ledger.Store.GetCarrierUsageAsync(AlicePhone, Ct));
    }

    [Fact]
    public async Task A_phone_never_billed_has_spent_nothing_under_the_default_cap()
    {
        var ledger = await LedgerAsync();

        var usage = await ledger.Store.GetCarrierUsageAsync("+33700000000", Ct);

        Assert.Equal(new CarrierUsage(Eur("0.00"), Eur("50.00"), false, false), usage);
        Assert.Equal(Eur("50.00"), usage.Remaining);
    }

    [Fact]
    public async Task A_person_may_lower_the_phones_cap_but_not_raise_it_above_the_default()
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();

        var lowered = await ledger.Store.SetCarrierPreferencesAsync(AlicePhone, Eur("10.00"), null, Ct);
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50")).ShouldComplete();
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50")).ShouldComplete();
        var rejection = (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50"))
            .ShouldBeRejected(RejectionReason.OverCarrierMonthlyCap);

        Assert.Equal(new CarrierUsage(Eur("0.00"), Eur("10.00"), false, false), lowered);
        Assert.Equal((Eur("10.00"), Eur("9.00")), (rejection.Limit, rejection.Used));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ledger.Store.SetCarrierPreferencesAsync(AlicePhone, Eur("50.01"), null, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => ledger.Store.SetCarrierPreferencesAsync("0612345678", Eur("5.00"), null, Ct));
        Assert.Equal(Eur("10.00"), (await ledger.Store.GetCarrierUsageAsync(AlicePhone, Ct)).Cap);
    }

    [Fact]
    public async Task Blocking_donations_refuses_carrier_donations_but_not_purchases()
    {
        var (ledger, alice, games, restos) = await CarrierLedgerAsync();

        var blocked = await ledger.Store.SetCarrierPreferencesAsync(AlicePhone, null, true, Ct);
        (await ledger.CarrierAsync(alice, AlicePhone, "51234", restos, "0.50")).ShouldBeRejected(RejectionReason.CarrierDonationsBlocked);
        (await ledger.CarrierAsync(alice, AlicePhone, "51234", games, "0.50")).ShouldComplete();
        await ledger.Store.SetCarrierPreferencesAsync(AlicePhone, null, false, Ct);
        (await ledger.CarrierAsync(alice, AlicePhone, "51234", restos, "0.50")).ShouldComplete();

        Assert.True(blocked.DonationsBlocked);
        Assert.Equal(Eur("50.00"), blocked.Cap);
        Assert.Equal(Eur("0.50"), await ledger.PostedAsync(restos));
    }

    [Fact]
    public async Task The_phones_spending_starts_again_each_utc_month_and_a_lowered_cap_stays()
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync(new DateTimeOffset(2030, 1, 31, 23, 0, 0, TimeSpan.Zero));
        await ledger.Store.SetCarrierPreferencesAsync(AlicePhone, Eur("5.00"), null, Ct);
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50")).ShouldComplete();
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50")).ShouldBeRejected(RejectionReason.OverCarrierMonthlyCap);

        ledger.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new CarrierUsage(Eur("0.00"), Eur("5.00"), false, false), await ledger.Store.GetCarrierUsageAsync(AlicePhone, Ct));
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50")).ShouldComplete();
    }

    [Fact]
    public async Task A_refunded_carrier_charge_is_credited_to_the_phone_bill_not_the_wallet()
    {
        var (ledger, alice, games, _) = await CarrierLedgerAsync();
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", games, "4.50", "sms-1")).ShouldComplete();

        var receipt = (await ledger.RefundAsync("sms-1", "4.50")).ShouldComplete();

        Assert.Equal((games, alice, Eur("4.50"), Eur("0.09")), (receipt.From, receipt.To, receipt.Amount, receipt.Fee));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(games));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(AccountId.Carrier("orange")));
        var line = (await ledger.HistoryAsync(alice))[0];
        Assert.Equal((MovementKind.Refund, Eur("0.00"), Eur("-4.50")), (line.Kind, line.Amount, line.PhoneBill));
    }
}
