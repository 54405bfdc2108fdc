using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    [Fact]
    public async Task A_partial_refund_gives_the_fee_back_pro_rata_rounded_down()
    {
        var (ledger, alice, shop) = await HeldPurchaseAsync(held: "33.33", feeBasisPoints: 200);
        (await ledger.CaptureAsync("hold-1")).ShouldComplete();

        var receipt = (await ledger.RefundAsync("hold-1", "10.00")).ShouldComplete();

        // The fee on 33.33 at 2 % is 0.67; 0.67 × 10.00 / 33.33 = 0.2010..., so 0.20 comes back.
        Assert.Equal(
            (MovementKind.Refund, shop, alice, Eur("10.00"), Eur("0.20"), Eur("9.80")),
            (receipt.Kind, receipt.From, receipt.To, receipt.Amount, receipt.Fee, receipt.Net));
        Assert.Equal(Eur("176.67"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("32.66") - Eur("9.80"), await ledger.PostedAsync(shop));
        Assert.Equal(Eur("0.47"), await ledger.PostedAsync(AccountId.Fees));
        var line = (await ledger.HistoryAsync(shop))[0];
        Assert.Equal((MovementKind.Refund, Eur("-9.80"), Eur("0.20"), "hold-1"), (line.Kind, line.Amount, line.Fee, line.Reference));
    }

    [Fact]
    public async Task Refunds_adding_up_to_the_payment_give_back_the_whole_fee()
    {
        var (ledger, alice, shop) = await HeldPurchaseAsync(held: "33.33", feeBasisPoints: 200);
        (await ledger.CaptureAsync("hold-1")).ShouldComplete();

        var fees = new List<Money>();
        foreach (var part in new[] { "10.00", "10.00", "13.32", "0.01" })
        {
            fees.Add((await ledger.RefundAsync("hold-1", part)).ShouldComplete().Fee);
        }

        Assert.Equal([Eur("0.20"), Eur("0.20"), Eur("0.26"), Eur("0.01")], fees);
        Assert.Equal(Eur("200.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(shop));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(AccountId.Fees));
    }

    [Fact]
    public async Task A_refund_above_what_is_left_of_the_payment_is_refused_with_what_is_left()
    {
        var (ledger, alice, _) = await HeldPurchaseAsync(held: "50.00");
        (await ledger.CaptureAsync("hold-1", "40.00")).ShouldComplete();
        (await ledger.RefundAsync("hold-1", "15.00")).ShouldComplete();

        var rejection = (await ledger.RefundAsync("hold-1", "25.01")).ShouldBeRejected(RejectionReason.RefundExceedsPayment);
        (await ledger.RefundAsync("hold-1", "25.00")).ShouldComplete();
        var nothingLeft = (await ledger.RefundAsync("hold-1", "0.01")).ShouldBeRejected(RejectionReason.RefundExceedsPayment);

        Assert.Equal(new Rejection(RejectionReason.RefundExceedsPayment) { Limit = Eur("25.00") }, rejection);
        Assert.Equal(Eur("0.00"), nothingLeft.Limit);
        Assert.Equal(Eur("200.00"), await ledger.PostedAsync(alice));
    }

    [Fact]
    public async Task A_direct_payment_to_a_merchant_can_be_refunded()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop", 100);
        await ledger.FundAsync(alice, "100.00");
        (await ledger.SendAsync(alice, shop, "50.00", "pay-1")).ShouldComplete();

        // Refund names "a direct payment, a captured hold or a carrier charge" (Movement.cs).
        var receipt = (await ledger.RefundAsync("pay-1", "50.00")).ShouldComplete();

        Assert.Equal((Eur("50.00"), Eur("0.50")), (receipt.Amount, receipt.Fee));
        Assert.Equal(Eur("100.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(shop));
    }

    [Fact]
    public async Task A_refund_of_anything_but_a_payment_is_refused()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        var shop = await ledger.MerchantAsync("shop");
        await ledger.FundAsync(alice, "100.00");
        (await ledger.SendAsync(alice, bob, "10.00", "gift")).ShouldComplete();
        (await ledger.HoldAsync(alice, shop, "10.00", "hold-open")).ShouldComplete();
        (await ledger.HoldAsync(alice, shop, "10.00", "hold-void")).ShouldComplete();
        (await ledger.VoidAsync("hold-void")).ShouldComplete();

        foreach (var id in new[] { "gift", "hold-open", "hold-void", "nope" })
        {
            (await ledger.RefundAsync(id, "1.00")).ShouldBeRejected(RejectionReason.PaymentNotFound);
        }
        Assert.Equal(Eur("10.00"), await ledger.PostedAsync(bob));
    }

    [Fact]
    public async Task A_refund_in_another_currency_than_the_payment_is_refused()
    {
        var (ledger, _, _) = await HeldPurchaseAsync(policy: Policies.EuroAndDollar);
        (await ledger.CaptureAsync("hold-1")).ShouldComplete();

        var rejection = await ledger.ExecuteAsync(new Refund("refund-usd", "hold-1", new Money(1_00, Usd)));

        rejection.ShouldBeRejected(RejectionReason.CurrencyMismatch);
    }
}
