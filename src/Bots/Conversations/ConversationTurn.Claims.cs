using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>Money that waits for the person (sent before they were known): offered, accepted, or left for later.</summary>
internal sealed partial class ConversationTurn
{
    private static readonly TimeSpan ClaimsRecheck = TimeSpan.FromHours(1);

    /// <summary>Who may claim for this person: their handle ("@carol"), on a phone channel their number, and the numbers
    /// linked to them from another chat.</summary>
    private IEnumerable<string> ClaimKeys()
    {
        foreach (var linked in _data.LinkedPhones)
        {
            yield return linked;
        }
        if (_person.Handle is { } handle)
        {
            yield return "@" + handle;
        }
        if (_message?.Sender.PhoneNumber is { } phone)
        {
            yield return phone;
        }
    }

    private async Task<List<PendingTransfer>> WaitingAsync(CancellationToken cancellationToken)
    {
        var waiting = new List<PendingTransfer>();
        foreach (var key in ClaimKeys().Distinct(StringComparer.Ordinal))
        {
            waiting.AddRange(await Wallet.Store.ListWaitingForAsync(key, cancellationToken).ConfigureAwait(false));
        }
        return waiting;
    }

    /// <summary>
    /// After the answer: money waiting for the person is offered, unless they are busy with something else. Money can
    /// only come to wait for a known person's handle or number before they were known or linked, so it is looked for
    /// at the first message, after a link (<paramref name="force"/>), and otherwise at most once per
    /// <see cref="ClaimsRecheck"/> (which also catches a transfer that raced the person's first message, and ends a
    /// "not now" soon after its day).
    /// </summary>
    private async Task OfferClaimsAsync(CancellationToken cancellationToken, bool force = false)
    {
        if (!ClaimOfferDue(force))
        {
            return;
        }
        _data.ClaimsCheckedAt = _now;
        var waiting = await WaitingAsync(cancellationToken).ConfigureAwait(false);
        if (waiting.Count == 0)
        {
            return;
        }
        var offers = new List<(string, Money)>();
        foreach (var pending in waiting)
        {
            offers.Add((await LabelOfAsync(pending.Sender, cancellationToken).ConfigureAwait(false), pending.Amount));
        }
        await _machine.FireAsync(ConversationTrigger.OfferClaim).ConfigureAwait(false);
        _data.ClaimOfferExpiresAt = waiting.Min(p => p.ExpiresAt);
        Say(_texts.ClaimOffer(offers),
            [new ReplyChoice(_texts.AcceptLabel, ChoiceReader.Accept), new ReplyChoice(_texts.NotNowLabel, ChoiceReader.Later)]);
    }

    /// <summary>Whether <see cref="OfferClaimsAsync"/> looks for waiting money after this message.</summary>
    private bool ClaimOfferDue(bool force = false) =>
        _machine.State is ConversationState.Idle or ConversationState.ReadingHistory
        && _machine.CanFire(ConversationTrigger.OfferClaim)
        && !(_data.ClaimOfferSnoozedUntil > _now)
        && (force || _firstContact || _data.ClaimsCheckedAt is not { } checkedAt || _now - checkedAt >= ClaimsRecheck
            || (_data.ClaimOfferSnoozedUntil is { } snoozed && snoozed > checkedAt));

    /// <summary>"#claim": takes the money waiting for the person at once, whatever the hourly check or a "not now"
    /// said; an offer being shown ends with it.</summary>
    private async Task ClaimNowAsync(CancellationToken cancellationToken)
    {
        var waiting = await WaitingAsync(cancellationToken).ConfigureAwait(false);
        _data.ClaimsCheckedAt = _now;
        _data.ClaimOfferSnoozedUntil = null;
        if (waiting.Count == 0)
        {
            Say(_texts.NothingToClaim);
        }
        else
        {
            await ClaimAllAsync(cancellationToken, waiting).ConfigureAwait(false);
        }
        await AnsweredAsync().ConfigureAwait(false);
    }

    /// <summary>Under the balance: the money waiting for the person, unless it is offered right after this answer.</summary>
    private async Task SayClaimWaitingAsync(CancellationToken cancellationToken)
    {
        if (ClaimOfferDue())
        {
            return;
        }
        foreach (var total in (await WaitingAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(p => p.Amount.Currency)
            .Select(g => new Money(g.Sum(p => p.Amount.Minor), g.Key)))
        {
            Say(_texts.ClaimWaiting(total));
        }
    }

    /// <summary>An Accept pressed after its offer ended: the button does not say which offer it was, so the person is
    /// pointed to #claim when money still waits.</summary>
    private async Task SayStaleChoiceAsync(string? choice, CancellationToken cancellationToken)
    {
        Say(choice == ChoiceReader.Accept && (await WaitingAsync(cancellationToken).ConfigureAwait(false)).Count > 0
            ? _texts.StaleClaimChoice
            : _texts.StaleChoice);
    }

    /// <summary>Claims every transfer waiting for the person, each under an id derived from the pending transfer's.</summary>
    private async Task ClaimAllAsync(CancellationToken cancellationToken, IReadOnlyList<PendingTransfer>? waiting = null)
    {
        var claimed = new Dictionary<Currency, (int Count, long Minor)>();
        foreach (var pending in waiting ?? await WaitingAsync(cancellationToken).ConfigureAwait(false))
        {
            var claim = new PendingClaim(new TransferId("claim:" + pending.Id.Value), pending.Id, _person.Account, pending.ClaimKey);
            var result = await Wallet.ExecuteAsync(claim, cancellationToken).ConfigureAwait(false);
            switch (result.Status)
            {
                case MovementStatus.Completed:
                    var (count, minor) = claimed.GetValueOrDefault(pending.Amount.Currency);
                    claimed[pending.Amount.Currency] = (count + 1, minor + pending.Amount.Minor);
                    var me = _person.Label;
                    var amount = pending.Amount;
                    _notices.Add(new Notice(pending.Sender, t => t.ClaimedNotice(me, amount)));
                    break;
                case MovementStatus.Rejected:
                    SayRejection(result.Rejection!);
                    break;
                default:
                    // Claiming again is safe (same id): the offer comes back with the next message if it did not happen.
                    Say(_texts.Busy);
                    break;
            }
        }
        foreach (var (currency, (count, minor)) in claimed)
        {
            Say(_texts.Claimed(count, new Money(minor, currency), await AvailableAsync(currency, cancellationToken).ConfigureAwait(false)));
        }
        _data.ClaimOfferExpiresAt = null;
    }
}
