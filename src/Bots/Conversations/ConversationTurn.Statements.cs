using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>Balance, statement pages and the month's spending.</summary>
internal sealed partial class ConversationTurn
{
    private async Task ShowBalanceAsync(CancellationToken cancellationToken)
    {
        var balances = await Wallet.Store.GetBalancesAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        var shown = balances.Where(b => b.Posted != 0 || b.Held != 0).Select(b => (b.Available, new Money(b.Held, b.Currency))).ToList();
        if (shown.Count == 0)
        {
            var currency = Currency.Find(_services.ParseContext.DefaultCurrency) ?? Currency.Eur;
            shown.Add((new Money(0, currency), new Money(0, currency)));
        }
        Say(_texts.Balance(shown));
    }

    private async Task ShowHistoryAsync(bool first, CancellationToken cancellationToken)
    {
        var skip = first ? 0 : _data.HistoryShown;
        var size = Settings.HistoryPageSize;
        var page = await Wallet.Store.GetHistoryAsync(_person.Account, skip, size + 1, cancellationToken).ConfigureAwait(false);
        if (page.Count == 0)
        {
            Say(first ? _texts.HistoryEmpty : _texts.HistoryEnd);
            await AnsweredAsync().ConfigureAwait(false);
            return;
        }
        var lines = new List<string> { _texts.HistoryHeader(Math.Min(page.Count, size), first) };
        var names = new Dictionary<AccountId, string>();
        foreach (var entry in page.Take(size))
        {
            if (!names.TryGetValue(entry.Counterparty, out var name))
            {
                names[entry.Counterparty] = name = await LabelOfAsync(entry.Counterparty, cancellationToken).ConfigureAwait(false);
            }
            var pending = entry.Kind == MovementKind.PendingSend
                ? (await Wallet.Store.FindPendingAsync(entry.Id, cancellationToken).ConfigureAwait(false))?.State
                : null;
            lines.Add(_texts.HistoryLine(entry, name, _now, pending));
        }
        var more = page.Count > size;
        if (!more && !first)
        {
            lines.Add(_texts.HistoryEnd);
        }
        await _machine.FireAsync(first ? ConversationTrigger.ShowHistory : ConversationTrigger.ShowMore).ConfigureAwait(false);
        _data.HistoryShown = skip + Math.Min(page.Count, size);
        Say(string.Join('\n', lines), more ? [new ReplyChoice(_texts.MoreLabel, ChoiceReader.More)] : null);
        if (!more)
        {
            await AnsweredAsync().ConfigureAwait(false);
        }
    }

    private Task ShowMoreAsync(CancellationToken cancellationToken)
    {
        if (_machine.CanFire(ConversationTrigger.ShowMore))
        {
            return ShowHistoryAsync(first: false, cancellationToken);
        }
        Say(_texts.Help(Commands.CommandKind.History));
        return AnsweredAsync();
    }

    private async Task ShowSpendingAsync(CancellationToken cancellationToken)
    {
        var currency = Currency.Find(_services.ParseContext.DefaultCurrency) ?? Currency.Eur;
        var spending = await Wallet.GetMonthlySpendingAsync(_person.Account, _now.Year, _now.Month, currency, cancellationToken)
            .ConfigureAwait(false);
        Say(_texts.Spending(spending, _now));
    }
}
