using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    [Fact]
    public async Task History_is_newest_first_and_pages_with_skip_and_take()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.FundAsync(alice, "100.00");
        foreach (var n in Enumerable.Range(1, 5))
        {
            ledger.Time.Advance(TimeSpan.FromMinutes(1));
            (await ledger.SendAsync(alice, bob, $"{n}.00", $"send-{n}")).ShouldComplete();
        }

        var pages = new[] { await ledger.HistoryAsync(alice, 0, 2), await ledger.HistoryAsync(alice, 2, 2), await ledger.HistoryAsync(alice, 4, 2) };
        var beyond = await ledger.HistoryAsync(alice, 6, 2);

        Assert.Equal(["send-5", "send-4"], pages[0].Select(l => l.Id.Value));
        Assert.Equal(["send-3", "send-2"], pages[1].Select(l => l.Id.Value));
        Assert.Equal(["send-1", "fund-1"], pages[2].Select(l => l.Id.Value));
        Assert.Empty(beyond);
        Assert.Empty(await ledger.HistoryAsync(alice, 0, 0));
        Assert.True(pages.SelectMany(p => p).Zip(pages.SelectMany(p => p).Skip(1)).All(pair => pair.First.At >= pair.Second.At));
        Assert.Equal([Eur("5.00"), Eur("4.00")], (await ledger.HistoryAsync(bob, 0, 2)).Select(l => l.Amount));
    }

    [Fact]
    public async Task Monthly_spending_adds_up_what_was_sent_donated_paid_less_refunds_and_billed_to_the_phone()
    {
        var ledger = await LedgerAsync(start: new DateTimeOffset(2030, 1, 2, 10, 0, 0, TimeSpan.Zero));
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        var restos = await ledger.CharityAsync("restos");
        var shop = await ledger.MerchantAsync("shop", 100);
        await ledger.FundAsync(alice, "500.00");
        (await ledger.SendAsync(alice, bob, "20.00")).ShouldComplete();
        (await ledger.SendAsync(alice, restos, "30.00")).ShouldComplete();
        (await ledger.SendAsync(alice, shop, "40.00")).ShouldComplete();
        (await ledger.HoldAsync(alice, shop, "50.00", "hold-1")).ShouldComplete();
        (await ledger.CaptureAsync("hold-1", "45.00")).ShouldComplete();
        (await ledger.RefundAsync("hold-1", "5.00")).ShouldComplete();
        (await ledger.PendingSendAsync(alice, "@kept", "10.00")).ShouldComplete();
        (await ledger.PendingSendAsync(alice, "@back", "7.00", "pending-back")).ShouldComplete();
        (await ledger.CarrierAsync(alice, AlicePhone, "81234", shop, "4.50", "sms-1")).ShouldComplete();
        (await ledger.RefundAsync("sms-1", "1.00")).ShouldComplete();
        (await ledger.CarrierAsync(alice, AlicePhone, "51234", restos, "0.50")).ShouldComplete();
        ledger.Time.Advance(TimeSpan.FromDays(7));
        (await ledger.ReturnAsync("pending-back")).ShouldComplete();
        ledger.Time.AdvanceTo(new DateTimeOffset(2030, 2, 1, 0, 0, 0, TimeSpan.Zero));
        (await ledger.SendAsync(alice, bob, "5.00")).ShouldComplete();

        var january = await ledger.Service.GetMonthlySpendingAsync(alice, 2030, 1, Currency.Eur, Ct);
        var february = await ledger.Service.GetMonthlySpendingAsync(alice, 2030, 2, Currency.Eur, Ct);

        Assert.Equal(new MonthlySpending(2030, 1, Eur("30.00"), Eur("30.00"), Eur("80.00"), Eur("4.00")), january);
        Assert.Equal(Eur("140.00"), january.FromWallet);
        Assert.Equal(new MonthlySpending(2030, 2, Eur("5.00"), Eur("0.00"), Eur("0.00"), Eur("0.00")), february);
    }

    [Fact]
    public async Task Monthly_spending_counts_what_the_person_sent_not_what_they_received()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.VerifiedPersonAsync("bob");
        var carol = await ledger.PersonAsync("carol");
        await ledger.FundAsync(alice, "100.00");
        await ledger.FundAsync(bob, "100.00");
        (await ledger.SendAsync(bob, carol, "30.00")).ShouldComplete();
        (await ledger.SendAsync(alice, bob, "50.00")).ShouldComplete();

        var spending = await ledger.Service.GetMonthlySpendingAsync(bob, 2030, 1, Currency.Eur, Ct);

        Assert.True(spending.Sent == Eur("30.00"),
            $"Bob sent 30.00 EUR and received 50.00 EUR this month, so MonthlySpending.Sent should be 30.00 EUR; it is {spending.Sent} "
            + "(WalletService.GetMonthlySpendingAsync subtracts the PersonToPerson lines of money received).");
    }

    [Fact]
    public async Task A_pending_transfer_returned_the_next_month_does_not_reduce_that_months_sending()
    {
        var ledger = await LedgerAsync(start: new DateTimeOffset(2030, 1, 28, 10, 0, 0, TimeSpan.Zero));
        var bob = await ledger.VerifiedPersonAsync("bob");
        var carol = await ledger.VerifiedPersonAsync("carol");
        await ledger.FundAsync(bob, "200.00");
        (await ledger.PendingSendAsync(bob, "@nobody", "50.00", "pending-1")).ShouldComplete();
        ledger.Time.Advance(TimeSpan.FromDays(7));
        Assert.Single(await ledger.Service.ReturnDuePendingAsync(cancellationToken: Ct));
        (await ledger.SendAsync(bob, carol, "100.00")).ShouldComplete();

        var february = await ledger.Service.GetMonthlySpendingAsync(bob, 2030, 2, Currency.Eur, Ct);

        Assert.True(february.Sent == Eur("100.00"),
            $"Bob sent 100.00 EUR to Carol in February, so February's Sent should be 100.00 EUR; it is {february.Sent} "
            + "(the return of January's pending transfer is subtracted from February).");
    }

    [Fact]
    public async Task The_snapshot_lists_every_balance_and_the_journal_in_order()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop", 200);
        (await ledger.ExecuteAsync(new Funding("fund", alice, Eur("100.00")))).ShouldComplete();
        (await ledger.SendAsync(alice, shop, "50.00", "pay")).ShouldComplete();
        (await ledger.HoldAsync(alice, shop, "20.00", "hold")).ShouldComplete();

        var snapshot = await ledger.Store.SnapshotAsync(Ct);

        Assert.Equal(["fund", "pay", "hold"], snapshot.Journal.Select(e => e.Id.Value));
        Assert.Equal([MovementKind.Funding, MovementKind.Payment, MovementKind.HoldAuthorize], snapshot.Journal.Select(e => e.Kind));
        Assert.Equal(
            [new(shop, Currency.Eur, 49_00, 0, 0), new(alice, Currency.Eur, -50_00, 0, 0), new(AccountId.Fees, Currency.Eur, 1_00, 0, 0)],
            snapshot.Journal[1].Postings.OrderBy(p => p.Account.Value, StringComparer.Ordinal));
        Assert.Equal(
            [new(shop, Currency.Eur, 0, 0, 20_00), new(alice, Currency.Eur, 0, 20_00, 0)],
            snapshot.Journal[2].Postings.OrderBy(p => p.Account.Value, StringComparer.Ordinal));
        Assert.Equal([new Balance(Currency.Eur, 50_00, 20_00, 0)], snapshot.Balances[alice]);
        Assert.Equal([new Balance(Currency.Eur, 49_00, 0, 20_00)], snapshot.Balances[shop]);
        Assert.Equal([new Balance(Currency.Eur, 1_00, 0, 0)], snapshot.Balances[AccountId.Fees]);
        Assert.Equal([new Balance(Currency.Eur, -100_00, 0, 0)], snapshot.Balances[AccountId.Funding]);
    }
}
