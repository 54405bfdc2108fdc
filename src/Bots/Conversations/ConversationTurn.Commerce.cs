using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Faq;
using Conversational.Bots.Commerce.Purchases;
using Conversational.Commands;

namespace Conversational.Bots.Conversations;

/// <summary>
/// What the commerce side answers in a turn: purchase buttons and steps, keyword codes, orders, points and referral,
/// questions (the merchant's FAQ, else a human advisor), disputes, and the person's own data.
/// </summary>
internal sealed partial class ConversationTurn
{
    private const string FaqChoicePrefix = "faq:";
    private const string AdvisorChoice = "advisor";

    /// <summary>Handles the message when it is commerce's; false leaves it to the money and statement commands.</summary>
    private async Task<bool> HandleCommerceAsync(InboundMessage message, ParseResult? input, CancellationToken cancellationToken)
    {
        if (message.Choice is { } choice && IsCommerceChoice(choice))
        {
            return await HandleCommerceChoiceAsync(choice, cancellationToken).ConfigureAwait(false);
        }
        if (_machine.State == ConversationState.Purchasing && _data.Cart is not null
            && input is QuestionCommand or ParseError or ConfirmCommand or CancelCommand or BackCommand or HelpCommand { Topic: null })
        {
            await ContinuePurchaseAsync(input, null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        switch (input)
        {
            case ParseError { Code: ParseErrorCode.QuantityInvalid, Command: CommandKind.Buy }:
                // "buy 1000 mugs": the parser refuses past its own limit; the shop's (lower) one is the one to state.
                Say(Shop.QuantityOutOfRange(Commerce.Settings.MaxQuantity));
                return true;
            case BuyCommand buy:
                await BuyAsync(buy, cancellationToken).ConfigureAwait(false);
                return true;
            case ResumeCommand:
                await ResumePurchaseAsync(cancellationToken).ConfigureAwait(false);
                return true;
            case BackCommand:
                Say(Shop.NoCart);
                await AnsweredAsync().ConfigureAwait(false);
                return true;
            case ShowOrdersCommand orders:
                await ShowOrdersAsync(orders.OrderNumber, cancellationToken).ConfigureAwait(false);
                await AnsweredAsync().ConfigureAwait(false);
                return true;
            case ShowPointsCommand:
                await ShowPointsAsync(cancellationToken).ConfigureAwait(false);
                await AnsweredAsync().ConfigureAwait(false);
                return true;
            case ReferralCommand referral:
                await ReferralAsync(referral.Code, cancellationToken).ConfigureAwait(false);
                await AnsweredAsync().ConfigureAwait(false);
                return true;
            case AdvisorCommand:
                await HandOffAsync(AdvisorCaseKind.Question, _message?.Text ?? "", cancellationToken).ConfigureAwait(false);
                return true;
            case DisputeCommand dispute:
                await HandOffAsync(AdvisorCaseKind.Dispute, dispute.Text, cancellationToken).ConfigureAwait(false);
                return true;
            case ExportDataCommand:
                await ExportDataAsync(cancellationToken).ConfigureAwait(false);
                await AnsweredAsync().ConfigureAwait(false);
                return true;
            case DeleteDataCommand:
                await AskDeletionAsync(cancellationToken).ConfigureAwait(false);
                return true;
            case ConfirmCommand when _machine.State == ConversationState.ConfirmingDeletion:
                await DeleteDataAsync(cancellationToken).ConfigureAwait(false);
                return true;
            case CancelCommand when _machine.State == ConversationState.ConfirmingDeletion:
                await _machine.FireAsync(ConversationTrigger.Cancel).ConfigureAwait(false);
                Say(Shop.DeletionCancelled);
                return true;
            case CancelCommand when _machine.State == ConversationState.ChoosingFaqAnswer:
                await _machine.FireAsync(ConversationTrigger.Cancel).ConfigureAwait(false);
                Say(_texts.Cancelled);
                return true;
            case CancelCommand when _machine.State == ConversationState.Idle && _data.AdvisorCaseId is not null:
                await CloseCaseAsync(cancellationToken).ConfigureAwait(false);
                return true;
            case QuestionCommand question:
                return await TryKeywordAsync(question.Text, cancellationToken).ConfigureAwait(false)
                    || await TryBuyIntentAsync(question, cancellationToken).ConfigureAwait(false)
                    || await ForwardToAdvisorAsync(question.Text, cancellationToken).ConfigureAwait(false)
                    || (!Greetings.IsGreeting(question.Text) && question.Text.Count(char.IsLetter) >= 2
                        && await AnswerQuestionAsync(question.Text, handOff: !_firstContact, cancellationToken).ConfigureAwait(false));
            case ParseError when message.To is not null && message.Text is { } text:
                return await TryKeywordAsync(text, cancellationToken).ConfigureAwait(false);
            default:
                return false;
        }
    }

    /// <summary>"I'd like to buy 2 mugs": a sentence naming a product the shops sell starts its purchase.</summary>
    private async Task<bool> TryBuyIntentAsync(QuestionCommand question, CancellationToken cancellationToken)
    {
        if (BuyIntent.Read(question.Text) is not { } intent
            || (await ProductFinder.ByNameAsync(Commerce.Catalog, intent.Product, null, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return false;
        }
        await BuyAsync(new BuyCommand(intent.Product.ToUpperInvariant(), question.Language, intent.Quantity), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> HandleCommerceChoiceAsync(string choice, CancellationToken cancellationToken)
    {
        if (choice.StartsWith(PurchaseChoicePrefix, StringComparison.Ordinal))
        {
            if (PurchaseAction(choice) is not { } action)
            {
                Say(_texts.StaleChoice);
                return true;
            }
            if (_machine.State != ConversationState.Purchasing)
            {
                if (!_machine.CanFire(ConversationTrigger.StartPurchase))
                {
                    return true;
                }
                await _machine.FireAsync(ConversationTrigger.StartPurchase).ConfigureAwait(false);
            }
            await ContinuePurchaseAsync(null, action, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (choice.StartsWith(FaqChoicePrefix, StringComparison.Ordinal))
        {
            await AnswerFaqChoiceAsync(choice[FaqChoicePrefix.Length..], cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (choice == AdvisorChoice)
        {
            await HandOffAsync(AdvisorCaseKind.Question, "", cancellationToken).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A question for the merchant in context: a confident FAQ match answers, a weak one offers the two best, none goes
    /// to a human (but for a person's very first message, which is welcomed). False when no merchant is in context (the
    /// general "not understood" answers).
    /// </summary>
    private async Task<bool> AnswerQuestionAsync(string question, bool handOff, CancellationToken cancellationToken)
    {
        if (await ContextMerchantAsync(cancellationToken).ConfigureAwait(false) is not { } merchant)
        {
            return false;
        }
        var entries = await Commerce.Catalog.ListFaqAsync(merchant, cancellationToken).ConfigureAwait(false);
        var match = FaqMatchers.For(merchant, entries).Match(question, _texts.Tag);
        switch (match.Kind)
        {
            case FaqMatchKind.Confident:
                Say(match.Best!.Answer);
                await AnsweredAsync().ConfigureAwait(false);
                return true;
            case FaqMatchKind.Weak when _machine.CanFire(ConversationTrigger.OfferFaq):
                await _machine.FireAsync(ConversationTrigger.OfferFaq).ConfigureAwait(false);
                _data.FaqOffered = [merchant, .. new[] { match.Best, match.Second }.OfType<FaqEntry>().Select(e => e.Language + "/" + e.Id)];
                Say(Shop.FaqWhichOne,
                [
                    .. new[] { match.Best, match.Second }.OfType<FaqEntry>()
                        .Select(e => new ReplyChoice(e.Questions[0], FaqChoicePrefix + e.Language + "/" + e.Id)),
                    new ReplyChoice(Shop.AdvisorLabel, AdvisorChoice),
                ]);
                return true;
            case FaqMatchKind.None when handOff:
                await HandOffAsync(AdvisorCaseKind.Question, question, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;   // a first message that is no question for the shop is welcomed instead
        }
    }

    /// <summary>A question asked in the middle of a purchase: answered only when the FAQ is sure; true when it was.</summary>
    private async Task<bool> AnswerConfidentlyAsync(string merchant, string question, CancellationToken cancellationToken)
    {
        // A word or two is a wrong answer to the step ("work" at the quantity), not a question: the step is asked again.
        var trimmed = question.TrimEnd();
        if (trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 && !trimmed.EndsWith('?') && !trimmed.EndsWith('؟'))
        {
            return false;
        }
        var entries = await Commerce.Catalog.ListFaqAsync(merchant, cancellationToken).ConfigureAwait(false);
        var match = FaqMatchers.For(merchant, entries).Match(question, _texts.Tag);
        if (match.Kind != FaqMatchKind.Confident)
        {
            return false;
        }
        Say(match.Best!.Answer);
        return true;
    }

    private async Task AnswerFaqChoiceAsync(string key, CancellationToken cancellationToken)
    {
        if (_machine.State != ConversationState.ChoosingFaqAnswer || _data.FaqOffered.Count < 2 || !_data.FaqOffered.Skip(1).Contains(key))
        {
            Say(_texts.StaleChoice);
            return;
        }
        var merchant = _data.FaqOffered[0];
        var entries = await Commerce.Catalog.ListFaqAsync(merchant, cancellationToken).ConfigureAwait(false);
        var entry = entries.FirstOrDefault(e => e.Language + "/" + e.Id == key);
        await _machine.FireAsync(ConversationTrigger.Confirm).ConfigureAwait(false);
        Say(entry?.Answer ?? _texts.StaleChoice);
    }

    /// <summary>Hands the conversation to the merchant's advisors (a question) or the operator's (a dispute).</summary>
    private async Task HandOffAsync(AdvisorCaseKind kind, string text, CancellationToken cancellationToken)
    {
        var merchant = kind == AdvisorCaseKind.Dispute ? OperatorDesk : await ContextMerchantAsync(cancellationToken).ConfigureAwait(false);
        if (merchant is null)
        {
            Say(Shop.NoShopForQuestion);
            await AnsweredAsync().ConfigureAwait(false);
            return;
        }
        if (await Commerce.Desk.FindOpenAsync(_person.Account, cancellationToken).ConfigureAwait(false) is { } open
            && (open.Merchant != merchant || open.Kind != kind))
        {
            // A dispute never joins a shop's case (the shop would read it), nor a question the operator's.
            await Commerce.Desk.CloseAsync(open.Id, _now, cancellationToken).ConfigureAwait(false);
        }
        var id = "case-" + OrderNumbers.For("case", _message!.DeduplicationKey)[3..];
        var opened = await Commerce.Desk.OpenAsync(new AdvisorCase(
            id, merchant, _person.Account, _message!.Sender, _texts.Tag, kind,
            string.IsNullOrWhiteSpace(text) ? [] : [new AdvisorMessage(false, text.Trim(), _now)], _now, null), cancellationToken).ConfigureAwait(false);
        if (opened.Person != _person.Account)
        {
            throw new InvalidOperationException($"Case id {id} belongs to someone else.");
        }
        if (opened.Id != id && !string.IsNullOrWhiteSpace(text))
        {
            // The person already had a case open: this message joins it.
            await Commerce.Desk.AppendAsync(opened.Id, new AdvisorMessage(false, text.Trim(), _now), cancellationToken).ConfigureAwait(false);
        }
        _data.AdvisorCaseId = opened.Id;
        if (_machine.CanFire(ConversationTrigger.Answer))
        {
            await _machine.FireAsync(ConversationTrigger.Answer).ConfigureAwait(false);
        }
        Say(kind == AdvisorCaseKind.Dispute
            ? Shop.DisputeOpened(opened.Id)
            : Shop.HandedOff(merchant == OperatorDesk ? "Conversational" : await ShopNameAsync(merchant, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>The desk of the service's own advisors, where disputes about statements go.</summary>
    internal const string OperatorDesk = "operator";

    /// <summary>While a case is open, the person's questions go to the advisor; true when this one did.</summary>
    private async Task<bool> ForwardToAdvisorAsync(string text, CancellationToken cancellationToken)
    {
        if (_data.AdvisorCaseId is not { } id)
        {
            return false;
        }
        if (await Commerce.Desk.AppendAsync(id, new AdvisorMessage(false, text, _now), cancellationToken).ConfigureAwait(false) is null)
        {
            _data.AdvisorCaseId = null;   // an advisor closed it: the bot answers again
            return false;
        }
        Say(Shop.ForwardedToAdvisor);
        return true;
    }

    private async Task CloseCaseAsync(CancellationToken cancellationToken)
    {
        await Commerce.Desk.CloseAsync(_data.AdvisorCaseId!, _now, cancellationToken).ConfigureAwait(false);
        _data.AdvisorCaseId = null;
        Say(Shop.AdvisorCaseClosed);
    }
}
