using Stateless;
using Stateless.Graph;
using State = Conversational.Bots.Conversations.ConversationState;
using Trigger = Conversational.Bots.Conversations.ConversationTrigger;

namespace Conversational.Bots.Conversations;

/// <summary>
/// The shape of a conversation: which answers are valid in which state. A machine is built for each message over
/// the loaded <see cref="ConversationData"/> (Stateless is not thread-safe, and the state lives in the store).
/// Entry and exit actions only keep the data tidy; money never moves in them: the engine executes a movement
/// first and fires the trigger after, so a failure leaves the saved state as it was.
/// </summary>
public sealed class ConversationMachine
{
    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<TransferIntent> _askConfirmation;

    public ConversationMachine(ConversationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _machine = new StateMachine<State, Trigger>(() => data.State, s => data.State = s, FiringMode.Queued);
        _askConfirmation = _machine.SetTriggerParameters<TransferIntent>(Trigger.AskConfirmation);
        Configure(_machine, _askConfirmation, data);
    }

    public State State => _machine.State;

    public bool CanFire(Trigger trigger) => _machine.CanFire(trigger);

    /// <summary>Fires a trigger the current state accepts; callers check <see cref="CanFire"/> first.</summary>
    public Task FireAsync(Trigger trigger) => _machine.FireAsync(trigger);

    /// <summary>Describes a transfer and waits for the yes (replacing any request already waiting).</summary>
    public Task AskConfirmationAsync(TransferIntent intent) => _machine.FireAsync(_askConfirmation, intent);

    /// <summary>The graph in Mermaid (stateDiagram-v2), for docs/.</summary>
    public static string Mermaid() => MermaidGraph.Format(new ConversationMachine(new ConversationData())._machine.GetInfo());

    /// <summary>The graph in Graphviz DOT, for docs/.</summary>
    public static string Dot() => UmlDotGraph.Format(new ConversationMachine(new ConversationData())._machine.GetInfo());

    private static void Configure(
        StateMachine<State, Trigger> machine, StateMachine<State, Trigger>.TriggerWithParameters<TransferIntent> askConfirmation,
        ConversationData data)
    {

        machine.Configure(State.Idle)
            .Permit(Trigger.AskConfirmation, State.AwaitingConfirmation)
            .Permit(Trigger.OfferClaim, State.AwaitingClaimAnswer)
            .Permit(Trigger.ShowHistory, State.ReadingHistory)
            .Permit(Trigger.StartPurchase, State.Purchasing)
            .Permit(Trigger.OfferFaq, State.ChoosingFaqAnswer)
            .Permit(Trigger.AskDeletion, State.ConfirmingDeletion)
            .Ignore(Trigger.Answer)
            .Ignore(Trigger.EndPurchase);

        machine.Configure(State.AwaitingConfirmation)
            .OnEntryFrom(askConfirmation, intent => data.Intent = intent, "keep the request")
            .OnExit(() => data.Intent = null, "forget the request")
            .PermitReentry(Trigger.AskConfirmation)
            .Permit(Trigger.Confirm, State.Idle)
            .Permit(Trigger.Cancel, State.Idle)
            .Permit(Trigger.Expire, State.Idle)
            // A balance, help or an answer from the FAQ asked meanwhile is given; the request keeps waiting for its
            // yes or no, and nothing else starts before it is answered.
            .Ignore(Trigger.Answer)
            .Ignore(Trigger.ShowHistory)
            .Ignore(Trigger.OfferClaim)
            .Ignore(Trigger.EndPurchase)
            .Ignore(Trigger.OfferFaq);

        machine.Configure(State.AwaitingClaimAnswer)
            .Permit(Trigger.Confirm, State.Idle)
            .Permit(Trigger.Cancel, State.Idle)
            .Permit(Trigger.Answer, State.Idle)
            .PermitReentry(Trigger.OfferClaim)
            .Ignore(Trigger.EndPurchase);
        LeavesForAnythingElse(machine, State.AwaitingClaimAnswer);

        machine.Configure(State.ReadingHistory)
            .OnExit(() => data.HistoryShown = 0, "forget the page")
            .PermitReentry(Trigger.ShowMore)
            .PermitReentry(Trigger.ShowHistory)
            .Permit(Trigger.Cancel, State.Idle)
            .Permit(Trigger.Answer, State.Idle)
            .Permit(Trigger.OfferClaim, State.AwaitingClaimAnswer)
            .Ignore(Trigger.EndPurchase);
        LeavesForAnythingElse(machine, State.ReadingHistory);

        machine.Configure(State.Purchasing)
            .OnEntry(() => data.Cart?.Parked = false, "take the cart up")
            .OnExit(() => data.Cart?.Parked = true, "park the cart (kept until paid, cancelled or expired)")
            .PermitReentry(Trigger.StartPurchase)
            .Permit(Trigger.EndPurchase, State.Idle)
            .Permit(Trigger.Cancel, State.Idle)
            .Permit(Trigger.AskConfirmation, State.AwaitingConfirmation)
            .Permit(Trigger.ShowHistory, State.ReadingHistory)
            .Permit(Trigger.AskDeletion, State.ConfirmingDeletion)
            // A balance or a question answered meanwhile: the purchase keeps its step.
            .Ignore(Trigger.Answer)
            .Ignore(Trigger.OfferClaim)
            .Ignore(Trigger.OfferFaq);

        machine.Configure(State.ChoosingFaqAnswer)
            .OnExit(() => data.FaqOffered.Clear(), "forget the answers offered")
            .PermitReentry(Trigger.OfferFaq)
            .Permit(Trigger.Confirm, State.Idle)
            .Permit(Trigger.Cancel, State.Idle)
            .Permit(Trigger.Answer, State.Idle)
            .Permit(Trigger.OfferClaim, State.AwaitingClaimAnswer)
            .Ignore(Trigger.EndPurchase);
        LeavesForAnythingElse(machine, State.ChoosingFaqAnswer);

        machine.Configure(State.ConfirmingDeletion)
            .PermitReentry(Trigger.AskDeletion)
            .Permit(Trigger.Confirm, State.Idle)
            .Permit(Trigger.Cancel, State.Idle)
            .Permit(Trigger.Answer, State.Idle)
            .Permit(Trigger.ShowHistory, State.ReadingHistory)
            .Permit(Trigger.OfferFaq, State.ChoosingFaqAnswer)
            .Permit(Trigger.AskConfirmation, State.AwaitingConfirmation)
            .Permit(Trigger.StartPurchase, State.Purchasing)
            .Ignore(Trigger.OfferClaim)
            .Ignore(Trigger.EndPurchase);
    }

    /// <summary>A question that only waited for an optional answer (money offered, a statement, FAQ answers) gives way to
    /// whatever the person starts instead.</summary>
    private static void LeavesForAnythingElse(StateMachine<State, Trigger> machine, State state)
    {
        var configuration = machine.Configure(state)
            .Permit(Trigger.AskConfirmation, State.AwaitingConfirmation)
            .Permit(Trigger.StartPurchase, State.Purchasing)
            .Permit(Trigger.AskDeletion, State.ConfirmingDeletion);
        if (state != State.ReadingHistory)
        {
            configuration.Permit(Trigger.ShowHistory, State.ReadingHistory);
        }
        if (state != State.ChoosingFaqAnswer)
        {
            configuration.Permit(Trigger.OfferFaq, State.ChoosingFaqAnswer);
        }
    }
}
