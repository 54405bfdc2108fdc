using Conversational.Bots.Directory;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>Sending and donating: checks, the confirmation, the transfer, and outcomes known only later.</summary>
internal sealed partial class ConversationTurn
{
    private const int KnownRecipientsKept = 200;

    private async Task RequestTransferAsync(MoneyCommand command, CancellationToken cancellationToken)
    {
        var message = _message!;
        var policy = Wallet.Policy;
        if (Currency.Find(command.Amount.Currency) is not { } currency || policy.LimitsFor(currency) is not { } limits)
        {
            SayRejection(new Rejection(RejectionReason.CurrencyNotSupported) { Currencies = policy.Currencies });
            return;
        }
        var amount = new Money(command.Amount.Minor, currency);
        var recipient = command.Recipient;
        var party = recipient.Kind == RecipientKind.Handle
            ? await _services.Directory.FindByHandleAsync(recipient.Value, cancellationToken).ConfigureAwait(false)
            : await _services.Directory.FindByPhoneAsync(recipient.Value, cancellationToken).ConfigureAwait(false);

        if (command is DonateCommand)
        {
            if (party is null)
            {
                Say(_texts.UnknownCharity(recipient.Value));
                return;
            }
            if (party.Kind != AccountKind.Charity)
            {
                Say(_texts.NotACharity(party.Label, party.Handle ?? recipient.Value));
                return;
            }
        }
        if (party?.Account == _person.Account)
        {
            SayRejection(new Rejection(RejectionReason.SameAccount));
            return;
        }
        var kind = party?.Kind ?? AccountKind.Person;
        var max = limits.TransactionMax(kind);
        if (amount > max)
        {
            Say(_texts.OverTransactionLimit(kind, max));
            return;
        }
        var confirming = NeedsConfirmation(party, amount);
        // Before a question, so nobody confirms what cannot be paid; without one, the wallet's own refusal says the same.
        if (confirming && await AvailableAsync(currency, cancellationToken).ConfigureAwait(false) is var available && available < amount)
        {
            SayRejection(new Rejection(RejectionReason.InsufficientFunds) { Available = available });
            return;
        }

        var fee = 0L;
        if (party?.Kind == AccountKind.Merchant
            && await Wallet.Store.FindAccountAsync(party.Account, cancellationToken).ConfigureAwait(false) is { } merchant)
        {
            fee = LedgerArithmetic.Fee(amount.Minor, merchant.FeeBasisPoints);
        }
        var intent = new TransferIntent(
            TransferId: "chat:" + message.DeduplicationKey,
            Recipient: party?.Account.Value,
            RecipientName: party?.Label ?? recipient.ToString(),
            ClaimKey: party is null ? recipient.ToString() : null,
            Minor: amount.Minor,
            Currency: currency.Code,
            FeeMinor: fee,
            AskedAt: _now,
            Channel: message.Sender.Channel)
        {
            AskedBy = message.Sender.Key,
        };

        if (confirming)
        {
            if (_machine.State == ConversationState.AwaitingConfirmation && _data.Intent is { } earlier && earlier.TransferId != intent.TransferId)
            {
                Say(_texts.Replaced(earlier.RecipientAccount?.Kind ?? AccountKind.Person, earlier.RecipientName, earlier.Amount));
            }
            await _machine.AskConfirmationAsync(intent).ConfigureAwait(false);
            Say(Describe(intent, kind), ConfirmChoices(intent));
            return;
        }
        await ExecuteAsync(intent, cancellationToken).ConfigureAwait(false);
        await AnsweredAsync().ConfigureAwait(false);
    }

    /// <summary>Someone new to the sender, someone not yet known, or a large amount: ask first.</summary>
    private bool NeedsConfirmation(Party? recipient, Money amount)
    {
        if (recipient is null || !_data.KnownRecipients.Contains(recipient.Account.Value))
        {
            return true;
        }
        var threshold = (long)Settings.ConfirmAbove;
        for (var i = 0; i < amount.Currency.Exponent; i++)
        {
            threshold *= 10;
        }
        return amount.Minor > threshold;
    }

    private string Describe(TransferIntent intent, AccountKind kind) => intent.Recipient is null
        ? _texts.ConfirmPending(intent.RecipientName, intent.Amount, (int)Wallet.Policy.PendingClaimPeriod.TotalDays)
        : kind switch
        {
            AccountKind.Charity => _texts.ConfirmDonate(intent.RecipientName, intent.Amount),
            AccountKind.Merchant => _texts.ConfirmPay(intent.RecipientName, intent.Amount, intent.Fee),
            _ => _texts.ConfirmSend(intent.RecipientName, intent.Amount),
        };

    private async Task ConfirmAsync(bool expired, CancellationToken cancellationToken)
    {
        if (expired)
        {
            Say(_texts.ConfirmationExpired(Settings.ConfirmationMinutes));
            return;
        }
        switch (_machine.State)
        {
            case ConversationState.AwaitingConfirmation when _data.Intent is { } intent:
                if (!AskedHere(intent))
                {
                    Say(_texts.AnswerOnOtherChannel);
                    return;
                }
                // The money first; the machine moves (and forgets the request) only once the wallet has answered.
                await ExecuteAsync(intent, cancellationToken).ConfigureAwait(false);
                await _machine.FireAsync(ConversationTrigger.Confirm).ConfigureAwait(false);
                break;
            case ConversationState.AwaitingClaimAnswer:
                await ClaimAllAsync(cancellationToken).ConfigureAwait(false);
                await _machine.FireAsync(ConversationTrigger.Confirm).ConfigureAwait(false);
                break;
            default:
                Say(_texts.NothingToConfirm);
                break;
        }
    }

    private async Task CancelAsync(bool expired)
    {
        if (expired)
        {
            Say(_texts.ConfirmationExpired(Settings.ConfirmationMinutes));
            return;
        }
        switch (_machine.State)
        {
            case ConversationState.AwaitingConfirmation when _data.Intent is { } intent && !AskedHere(intent):
                Say(_texts.AnswerOnOtherChannel);
                return;
            case ConversationState.AwaitingConfirmation:
                Say(_texts.Cancelled);
                break;
            case ConversationState.AwaitingClaimAnswer:
                _data.ClaimOfferSnoozedUntil = _now.AddDays(1);
                Say(_texts.ClaimSnoozed(_texts.FormatDate(_data.ClaimOfferExpiresAt ?? _now, _now)));
                break;
            default:
                Say(_texts.NothingToCancel);
                break;
        }
        if (_machine.CanFire(ConversationTrigger.Cancel))
        {
            await _machine.FireAsync(ConversationTrigger.Cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Executes a transfer (retried by the wallet while the store does not answer) and says what happened.</summary>
    private async Task ExecuteAsync(TransferIntent intent, CancellationToken cancellationToken)
    {
        _executed = intent;
        var result = await Wallet.ExecuteAsync(intent.ToMovement(_person.Account), cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case MovementStatus.Completed:
                await SayCompletedAsync(intent, result.Receipt!, cancellationToken).ConfigureAwait(false);
                break;
            case MovementStatus.Rejected:
                SayRejection(result.Rejection!, intent);
                break;
            default:
                // Never "failed": the money may have moved. The same id is retried until the wallet can tell.
                _data.Unsettled.Add(intent);
                Say(_texts.Checking(intent.RecipientName, intent.Amount));
                break;
        }
    }

    private async Task SayCompletedAsync(TransferIntent intent, Receipt receipt, CancellationToken cancellationToken)
    {
        var balance = await AvailableAsync(intent.Amount.Currency, cancellationToken).ConfigureAwait(false);
        if (intent.RecipientAccount is not { } to)
        {
            Say(_texts.PendingSent(intent.RecipientName, intent.Amount, _texts.FormatDate(receipt.ExpiresAt ?? _now, _now)));
            return;
        }
        RememberRecipient(to);
        var sender = _person.Label;
        var amount = intent.Amount;
        switch (to.Kind)
        {
            case AccountKind.Charity:
                Say(_texts.Donated(intent.RecipientName, amount, balance));
                _notices.Add(new Notice(to, t => t.DonationNotice(sender, amount)));
                break;
            case AccountKind.Merchant:
                Say(_texts.Paid(intent.RecipientName, amount, balance));
                break;
            default:
                Say(_texts.Sent(intent.RecipientName, amount, balance));
                _notices.Add(new Notice(to, t => t.ReceivedNotice(sender, amount)));
                break;
        }
    }

    private void RememberRecipient(AccountId recipient)
    {
        _data.KnownRecipients.Remove(recipient.Value);
        _data.KnownRecipients.Add(recipient.Value);
        if (_data.KnownRecipients.Count > KnownRecipientsKept)
        {
            _data.KnownRecipients.RemoveAt(0);
        }
    }

    /// <summary>A wallet refusal in the person's words; a limit is named for the kind of recipient.</summary>
    private void SayRejection(Rejection rejection, TransferIntent? intent = null)
    {
        if (rejection is { Reason: RejectionReason.OverTransactionLimit, Limit: { } limit })
        {
            Say(_texts.OverTransactionLimit(intent?.RecipientAccount?.Kind ?? AccountKind.Person, limit));
            return;
        }
        Say(RejectionMessages.Describe(rejection, _texts.Tag));
    }

    /// <summary>Transfers (and captures) whose outcome was unknown are retried with their own ids; those now settled are told.</summary>
    private async Task SettleUnsettledAsync(CancellationToken cancellationToken)
    {
        await SettleCapturesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var intent in _data.Unsettled.ToList())
        {
            var result = await Wallet.ExecuteAsync(intent.ToMovement(_person.Account), cancellationToken).ConfigureAwait(false);
            switch (result.Status)
            {
                case MovementStatus.Completed:
                    _data.Unsettled.Remove(intent);
                    Say(_texts.SettledCompleted(intent.RecipientName, intent.Amount));
                    if (intent.RecipientAccount is { } to)
                    {
                        RememberRecipient(to);
                        var sender = _person.Label;
                        _notices.Add(new Notice(to, t => to.Kind == AccountKind.Charity
                            ? t.DonationNotice(sender, intent.Amount) : t.ReceivedNotice(sender, intent.Amount)));
                    }
                    break;
                case MovementStatus.Rejected:
                    _data.Unsettled.Remove(intent);
                    Say(_texts.SettledRejected(intent.RecipientName, intent.Amount,
                        RejectionMessages.Describe(result.Rejection!, _texts.Tag)));
                    break;
            }
        }
    }

    /// <summary>For the background settler: settles what it can and gives the messages for the person.</summary>
    public async Task<IReadOnlyList<OutboundReply>> SettleAsync(CancellationToken cancellationToken)
    {
        await SettleUnsettledAsync(cancellationToken).ConfigureAwait(false);
        return _replies;
    }
}
