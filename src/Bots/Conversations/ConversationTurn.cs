using Conversational.Bots.Commerce.Purchases;
using Conversational.Bots.Commerce.Texts;
using Conversational.Bots.Conversations.Texts;
using Conversational.Bots.Directory;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>
/// One message handled: reads it (text through the parser, or a pressed button), does what it asks against the
/// wallet, moves the conversation's machine, and writes the replies in the language the person wrote in. It works
/// on the loaded data only; the engine saves it afterwards.
/// </summary>
internal sealed partial class ConversationTurn : IDisposable
{
    private readonly ConversationServices _services;
    private readonly Party _person;
    private readonly ConversationData _data;
    private readonly bool _firstContact;
    private readonly InboundMessage? _message;
    private readonly ConversationMachine _machine;
    private readonly List<OutboundReply> _replies = [];
    private readonly List<Notice> _notices = [];
    private readonly DateTimeOffset _now;
    private ReplyTexts _texts;
    private TransferIntent? _executed;
    private string? _paying;

    public ConversationTurn(ConversationServices services, Party person, ConversationData data, bool firstContact, InboundMessage? message)
    {
        _services = services;
        _person = person;
        _data = data;
        _firstContact = firstContact;
        _message = message;
        _machine = new ConversationMachine(data);
        _now = services.Time.GetUtcNow();
        _texts = ReplyTexts.For(data.Language ?? message?.LanguageHint ?? PhoneLanguages.Of(message?.Sender.PhoneNumber));
    }

    /// <summary>Gives the conversation machine back to its pool; the turn is over.</summary>
    public void Dispose() => _machine.Dispose();

    /// <summary>Messages for other people, delivered once this turn is saved.</summary>
    public IReadOnlyList<Notice> Notices => _notices;

    private WalletService Wallet => _services.Wallet;

    private ConversationSettings Settings => _services.Settings;

    public async Task<IReadOnlyList<OutboundReply>> RunAsync(CancellationToken cancellationToken)
    {
        var message = _message ?? throw new InvalidOperationException("A turn without a message only settles.");
        var input = IsCommerceChoice(message.Choice) ? null : Read(message);
        // An answer to a purchase step (a number, an address, a postcode) says nothing of the person's language.
        var stepAnswer = _data.State == ConversationState.Purchasing && _data.Language is not null && input is QuestionCommand or ParseError;
        _texts = ReplyTexts.For(stepAnswer ? LanguageTags.Parse(_data.Language) : input?.Language ?? LanguageTags.Parse(_data.Language ?? HintOf(message)));
        _data.Language = _data.PreferredLanguage ?? _texts.Tag;
        await SettleUnsettledAsync(cancellationToken).ConfigureAwait(false);

        _data.LastMessageAt = _now;
        if (_data.DroppedCart is { } dropped)
        {
            Say(CommerceTexts.For(_texts.Language).CartExpired(dropped));
            _data.DroppedCart = null;
        }
        _data.TimeZone ??= TimeZones.Of(message.Sender.PhoneNumber);
        var expired = await ExpireConfirmationAsync().ConfigureAwait(false);
        var waitingBefore = _data.Intent?.TransferId;
        var cartBefore = _data.State == ConversationState.Purchasing ? _data.Cart?.OrderNumber : null;
        var repliesBefore = _replies.Count;
        if (await HandleLinkingAsync(message, input, cancellationToken).ConfigureAwait(false)
            || await HandleCommerceAsync(message, input, cancellationToken).ConfigureAwait(false))
        {
            RemindWaitingConfirmation(input, waitingBefore);
            return _replies;
        }
        switch (input)
        {
            case ParseError error:
                Say(ParseErrorMessages.Describe(error));
                break;
            case null:
                await SayStaleChoiceAsync(message.Choice, cancellationToken).ConfigureAwait(false);
                break;
            case ClaimCommand:
                await ClaimNowAsync(cancellationToken).ConfigureAwait(false);
                break;
            case MoneyCommand money:
                await RequestTransferAsync(money, cancellationToken).ConfigureAwait(false);
                break;
            case ConfirmCommand:
                await ConfirmAsync(expired, cancellationToken).ConfigureAwait(false);
                break;
            case CancelCommand:
                await CancelAsync(expired).ConfigureAwait(false);
                break;
            case ShowBalanceCommand:
                await ShowBalanceAsync(cancellationToken).ConfigureAwait(false);
                await AnsweredAsync().ConfigureAwait(false);
                await SayClaimWaitingAsync(cancellationToken).ConfigureAwait(false);
                break;
            case ShowHistoryCommand:
                await ShowHistoryAsync(first: true, cancellationToken).ConfigureAwait(false);
                break;
            case MoreCommand:
                await ShowMoreAsync(cancellationToken).ConfigureAwait(false);
                break;
            case ShowSpendingCommand:
                await ShowSpendingAsync(cancellationToken).ConfigureAwait(false);
                await AnsweredAsync().ConfigureAwait(false);
                break;
            case HelpCommand help:
                Say(_texts.Help(help.Topic));
                await AnsweredAsync().ConfigureAwait(false);
                break;
            case StartCommand:
                _data.Resume(message.Sender, _data.StoppedEverywhere
                    ? await _services.Directory.IdentitiesOfAsync(_person.Account, cancellationToken).ConfigureAwait(false)
                    : []);
                Say(_firstContact ? _texts.Welcome(_person.DisplayName) : _texts.Restarted);
                await AnsweredAsync().ConfigureAwait(false);
                break;
            case StopCommand:
                _data.Stop(message.Sender);
                Say(_texts.Stopped);
                await AnsweredAsync().ConfigureAwait(false);
                return _replies;
            default:
                Say(_firstContact || (input is QuestionCommand q && Greetings.IsGreeting(q.Text))
                    ? _texts.Welcome(_person.DisplayName)
                    : _texts.NotUnderstood);
                await AnsweredAsync().ConfigureAwait(false);
                break;
        }

        RemindWaitingConfirmation(input, waitingBefore);
        await RemindPurchaseStepAsync(cartBefore, repliesBefore, cancellationToken).ConfigureAwait(false);
        await OfferClaimsAsync(cancellationToken).ConfigureAwait(false);
        return _replies;
    }

    /// <summary>
    /// What to answer when the turn failed before it could be saved: "nothing was done" only when no money was
    /// asked to move; otherwise that it is being checked, since the money may have moved.
    /// </summary>
    public OutboundReply FailureReply() =>
        _executed is { } intent ? OutboundReply.Plain(_texts.Checking(intent.RecipientName, intent.Amount))
        : _paying is { } order ? OutboundReply.Plain(Shop.PaymentChecking(order))
        : OutboundReply.Plain(_texts.InternalError);

    /// <summary>The message as a command or a parse error; null for a stale button.</summary>
    private ParseResult? Read(InboundMessage message)
    {
        var hint = LanguageTags.TryParse(_data.Language ?? HintOf(message));
        if (message.Choice is { } choice)
        {
            return ChoiceReader.Read(choice, _data, hint ?? _services.ParseContext.DefaultLanguage);
        }
        return CommandParser.Parse(message.Text, _services.ParseContext with { LanguageHint = hint });
    }

    /// <summary>The channel's language for the person, else a guess from their phone number's country.</summary>
    private static string? HintOf(InboundMessage message) => message.LanguageHint ?? PhoneLanguages.Of(message.Sender.PhoneNumber);

    /// <summary>A confirmation left unanswered too long is dropped before the message is read.</summary>
    private async Task<bool> ExpireConfirmationAsync()
    {
        if (_data.Intent is { } intent && _now - intent.AskedAt > TimeSpan.FromMinutes(Settings.ConfirmationMinutes)
            && _machine.CanFire(ConversationTrigger.Expire))
        {
            await _machine.FireAsync(ConversationTrigger.Expire).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    /// <summary>A complete answer ends a statement being read or a claim offer; a confirmation keeps waiting.</summary>
    private Task AnsweredAsync() =>
        _machine.CanFire(ConversationTrigger.Answer) ? _machine.FireAsync(ConversationTrigger.Answer) : Task.CompletedTask;

    /// <summary>A request that was waiting before this message and still waits is recalled, with its buttons.</summary>
    private void RemindWaitingConfirmation(ParseResult? input, string? waitingBefore)
    {
        if (_machine.State == ConversationState.AwaitingConfirmation && _data.Intent is { } intent
            && intent.TransferId == waitingBefore && input is not (ConfirmCommand or CancelCommand) && AskedHere(intent))
        {
            var kind = intent.RecipientAccount?.Kind ?? AccountKind.Person;
            Say(_texts.StillWaiting(kind, intent.RecipientName, intent.Amount), ConfirmChoices(intent));
        }
    }

    /// <summary>A confirmation is answered only where it was asked: the same channel, and the same identity when known.</summary>
    private bool AskedHere(TransferIntent intent) =>
        intent.Channel == _message!.Sender.Channel && (intent.AskedBy is not { } by || by == _message.Sender.Key);

    private void Say(string text, IReadOnlyList<ReplyChoice>? choices = null) => _replies.Add(new OutboundReply(text, choices ?? []));

    private IReadOnlyList<ReplyChoice> ConfirmChoices(TransferIntent intent) =>
    [
        new(_texts.ConfirmLabel, ChoiceReader.Confirm(intent)),
        new(_texts.CancelLabel, ChoiceReader.Cancel(intent)),
    ];

    private async Task<Money> AvailableAsync(Currency currency, CancellationToken cancellationToken)
    {
        var balances = await Wallet.Store.GetBalancesAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        return balances.FirstOrDefault(b => b.Currency == currency) is { Currency.Code: not null } b ? b.Available : new Money(0, currency);
    }

    private async Task<string> LabelOfAsync(AccountId account, CancellationToken cancellationToken) =>
        (await _services.Directory.FindByAccountAsync(account, cancellationToken).ConfigureAwait(false))?.Label ?? account.Name;
}
