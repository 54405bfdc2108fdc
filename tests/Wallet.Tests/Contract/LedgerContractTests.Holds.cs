using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    private async Task<(TestLedger Ledger, AccountId Payer, AccountId Shop)> HeldPurchaseAsync(
        string funded = "200.00", string held = "100.00", int feeBasisPoints = 200, WalletPolicy? policy = null)
    {
        var ledger = await LedgerAsync(policy);
        var payer = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop", feeBasisPoints);
        await ledger.FundAsync(payer, funded);
        (await ledger.HoldAsync(payer, shop, held, "hold-1")).ShouldComplete();
        return (ledger, payer, shop);
    }

    [Fact]
    public async Task Authorizing_holds_the_amount_so_it_cannot_be_spent_and_promises_it_to_the_merchant()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop");
        await ledger.FundAsync(alice, "200.00");

        var receipt = (await ledger.HoldAsync(alice, shop, "80.00", "hold-1")).ShouldComplete();

        Assert.Equal(new Receipt("hold-1", MovementKind.HoldAuthorize, alice, shop, Eur("80.00"), Eur("0.00"), ledger.Now), receipt);
        Assert.Equal(new Balance(Currency.Eur, 200_00, 80_00, 0), await ledger.BalanceAsync(alice));
        Assert.Equal(Eur("120.00"), (await ledger.BalanceAsync(alice)).Available);
        Assert.Equal(new Balance(Currency.Eur, 0, 0, 80_00), await ledger.BalanceAsync(shop));
        Assert.Equal(
            new Hold("hold-1", alice, shop, Eur("80.00"), HoldState.Authorized, Eur("0.00")),
            await ledger.Store.FindHoldAsync("hold-1", Ct));
        var line = (await ledger.HistoryAsync(alice))[0];
        Assert.Equal((MovementKind.HoldAuthorize, Eur("0.00"), Eur("80.00")), (line.Kind, line.Amount, line.Held));
    }

    [Fact]
    public async Task A_hold_above_the_merchant_limit_or_the_funds_or_to_a_non_merchant_is_refused()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        var shop = await ledger.MerchantAsync("shop");
        await ledger.FundAsync(alice, "600.00");
        (await ledger.HoldAsync(alice, shop, "200.00")).ShouldComplete();

        var overLimit = (await ledger.HoldAsync(alice, shop, "500.01")).ShouldBeRejected(RejectionReason.OverTransactionLimit);
        var overFunds = (await ledger.HoldAsync(alice, shop, "400.01")).ShouldBeRejected(RejectionReason.InsufficientFunds);
        var toPerson = (await ledger.HoldAsync(alice, bob, "1.00")).ShouldBeRejected(RejectionReason.WrongAccountKind);
        var unknown = (await ledger.HoldAsync(alice, AccountId.Merchant("closed"), "1.00")).ShouldBeRejected(RejectionReason.UnknownRecipient);

        Assert.Equal(Eur("500.00"), overLimit.Limit);
        Assert.Equal(Eur("400.00"), overFunds.Available);
        Assert.Equal(bob, toPerson.Account);
        Assert.Equal(AccountId.Merchant("closed"), unknown.Account);
    }

    [Fact]
    public async Task Full_capture_pays_the_merchant_the_held_amount_minus_its_fee()
    {
        var (ledger, alice, shop) = await HeldPurchaseAsync(held: "100.00", feeBasisPoints: 200);

        var receipt = (await ledger.CaptureAsync("hold-1")).ShouldComplete();

        Assert.Equal(
            (MovementKind.HoldCapture, alice, shop, Eur("100.00"), Eur("2.00")),
            (receipt.Kind, receipt.From, receipt.To, receipt.Amount, receipt.Fee));
        Assert.Equal(new Balance(Currency.Eur, 100_00, 0, 0), await ledger.BalanceAsync(alice));
        Assert.Equal(new Balance(Currency.Eur, 98_00, 0, 0), await ledger.BalanceAsync(shop));
        Assert.Equal(Eur("2.00"), await ledger.PostedAsync(AccountId.Fees));
        Assert.Equal(
            new Hold("hold-1", alice, shop, Eur("100.00"), HoldState.Captured, Eur("100.00")),
            await ledger.Store.FindHoldAsync("hold-1", Ct));
    }

    [Fact]
    public async Task Partial_capture_pays_the_part_and_releases_the_rest()
    {
        var (ledger, alice, shop) = await HeldPurchaseAsync(held: "100.00", feeBasisPoints: 100);

        var receipt = (await ledger.CaptureAsync("hold-1", "60.50")).ShouldComplete();

        Assert.Equal((Eur("60.50"), Eur("0.61")), (receipt.Amount, receipt.Fee));
        Assert.Equal(new Balance(Currency.Eur, 139_50, 0, 0), await ledger.BalanceAsync(alice));
        Assert.Equal(new Balance(Currency.Eur, 59_89, 0, 0), await ledger.BalanceAsync(shop));
        Assert.Equal(HoldState.Captured, (await ledger.Store.FindHoldAsync("hold-1", Ct))?.State);
        Assert.Equal(Eur("60.50"), (await ledger.Store.FindHoldAsync("hold-1", Ct))?.Captured);
        var line = (await ledger.HistoryAsync(alice))[0];
        Assert.Equal((MovementKind.HoldCapture, Eur("-60.50"), Eur("-100.00"), "hold-1"), (line.Kind, line.Amount, line.Held, line.Reference));
    }

    [Fact]
    public async Task Capturing_more_than_was_held_is_refused_with_the_held_amount()
    {
        var (ledger, _, _) = await HeldPurchaseAsync(held: "100.00");

        var rejection = (await ledger.CaptureAsync("hold-1", "100.01")).ShouldBeRejected(RejectionReason.CaptureExceedsHold);

        Assert.Equal(Eur("100.00"), rejection.Limit);
        Assert.Equal(HoldState.Authorized, (await ledger.Store.FindHoldAsync("hold-1", Ct))?.State);
    }

    [Fact]
    public async Task Void_releases_the_whole_hold_without_payment()
    {
        var (ledger, alice, shop) = await HeldPurchaseAsync(held: "100.00");

        var receipt = (await ledger.VoidAsync("hold-1")).ShouldComplete();

        Assert.Equal((MovementKind.HoldVoid, Eur("100.00"), Eur("0.00")), (receipt.Kind, receipt.Amount, receipt.Fee));
        Assert.Equal(new Balance(Currency.Eur, 200_00, 0, 0), await ledger.BalanceAsync(alice));
        Assert.Equal(new Balance(Currency.Eur, 0, 0, 0), await ledger.BalanceAsync(shop));
        Assert.Equal(HoldState.Voided, (await ledger.Store.FindHoldAsync("hold-1", Ct))?.State);
    }

    [Fact]
    public async Task Capture_after_a_void_is_refused_and_moves_nothing()
    {
        var (ledger, alice, shop) = await HeldPurchaseAsync();
        (await ledger.VoidAsync("hold-1")).ShouldComplete();

        (await ledger.CaptureAsync("hold-1")).ShouldBeRejected(RejectionReason.HoldAlreadyVoided);
        (await ledger.VoidAsync("hold-1")).ShouldBeRejected(RejectionReason.HoldAlreadyVoided);

        Assert.Equal(new Balance(Currency.Eur, 200_00, 0, 0), await ledger.BalanceAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(shop));
    }

    [Fact]
    public async Task A_captured_hold_cannot_be_captured_again_or_voided()
    {
        var (ledger, alice, shop) = await HeldPurchaseAsync();
        (await ledger.CaptureAsync("hold-1", "30.00")).ShouldComplete();

        (await ledger.CaptureAsync("hold-1", "30.00")).ShouldBeRejected(RejectionReason.HoldAlreadyCaptured);
        (await ledger.VoidAsync("hold-1")).ShouldBeRejected(RejectionReason.HoldAlreadyCaptured);

        Assert.Equal(new Balance(Currency.Eur, 170_00, 0, 0), await ledger.BalanceAsync(alice));
        Assert.Equal(Eur("29.40"), await ledger.PostedAsync(shop));
    }

    [Fact]
    public async Task Capturing_or_voiding_an_unknown_hold_is_refused()
    {
        var ledger = await LedgerAsync();

        (await ledger.CaptureAsync("nope")).ShouldBeRejected(RejectionReason.HoldNotFound);
        (await ledger.VoidAsync("nope")).ShouldBeRejected(RejectionReason.HoldNotFound);
        Assert.Null(await ledger.Store.FindHoldAsync("nope", Ct));
    }

    [Fact]
    public async Task Capturing_in_another_currency_than_the_hold_is_refused()
    {
        var (ledger, _, _) = await HeldPurchaseAsync(policy: Policies.EuroAndDollar);

        var rejection = await ledger.ExecuteAsync(new HoldCapture("capture-usd", "hold-1", new Money(50_00, Usd)));

        rejection.ShouldBeRejected(RejectionReason.CurrencyMismatch);
        Assert.Equal(HoldState.Authorized, (await ledger.Store.FindHoldAsync("hold-1", Ct))?.State);
    }
}
