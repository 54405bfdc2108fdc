using System.Collections.Concurrent;
using Stateless;
using Stateless.Graph;
using State = Conversational.Bots.Conversations.ConversationState;
using Trigger = Conversational.Bots.Conversations.ConversationTrigger;

namespace Conversational.Bots.Conversations;

/// <summary>
/// The shape of a conversation: which answers are valid in which state, over the loaded <see cref="ConversationData"/>
/// of one message (the state lives in the store). Configuring a Stateless machine costs more than the rest of a turn
/// allocates, so configured machines are pooled and bound to each message's data; one is used by one turn at a time
/// (Stateless is not thread-safe) and goes back to the pool when the turn disposes it. Entry and exit actions only keep
/// the data tidy; money never moves in them: the engine executes a movement first and fires the trigger after, so a
/// failure leaves the saved state as it was.
/// </summary>
public sealed class ConversationMachine : IDisposable
{
    private const int PoolSize = 64;

    // A queue, not a ConcurrentBag: a turn takes its machine on one thread and gives it back on another (after awaits),
    // and a bag's work stealing then takes a lock on every take.
    private static readonly ConcurrentQueue<Core> Pool = new();

    private Core? _core;

    public ConversationMachine(ConversationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _core = Pool.TryDequeue(out var pooled) ? pooled : new Core();
        _core.Data = data;
    }

    public State State => Bound.Machine.State;

    private Core Bound => _core ?? throw new ObjectDisposedException(nameof(ConversationMachine));

    public bool CanFire(Trigger trigger) => Bound.Machine.CanFire(trigger);

    /// <summary>Fires a trigger the current state accepts; callers check <see cref="CanFire"/> first.</summary>
    public Task FireAsync(Trigger trigger) => Bound.Machine.FireAsync(trigger);

    /// <summary>Describes a transfer and waits for the yes (replacing any request already waiting).</summary>
    public Task AskConfirmationAsync(TransferIntent intent) => Bound.Machine.FireAsync(Bound.AskConfirmation, intent);

    /// <summary>The graph in Mermaid (stateDiagram-v2), for docs/.</summary>
    public static string Mermaid() => MermaidGraph.Format(new Core().Machine.GetInfo());

    /// <summary>The graph in Graphviz DOT, for docs/.</summary>
    public static string Dot() => UmlDotGraph.Format(new Core().Machine.GetInfo());

    /// <summary>Unbinds the data and gives the configured machine back to the pool.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _core, null) is { } core)
        {
            core.Data = null!;
            if (Pool.Count < PoolSize)
            {
                Pool.Enqueue(core);
            }
        }
    }

    /// <summary>A configured machine whose state and actions read whatever data it is bound to.</summary>
    private sealed class Core
    {
        public Core()
        {
            Machine = new StateMachine<State, Trigger>(() => Data.State, s => Data.State = s, FiringMode.Queued);
            AskConfirmation = Machine.SetTriggerParameters<TransferIntent>(Trigger.AskConfirmation);
            Configure(Machine, AskConfirmation, this);
        }

        public ConversationData Data { get; set; } = new();

        public StateMachine<State, Trigger> Machine { get; }

        public StateMachine<State, Trigger>.TriggerWithParameters<TransferIntent> AskConfirmation { get; }
    }

    private static void Configure(
        StateMachine<State, Trigger> machine, StateMachine<State, Trigger>.TriggerWithParameters<TransferIntent> askConfirmation,
        Core bound)
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
            .OnEntryFrom(askConfirmation, intent => bound.Data.Intent = intent, "keep the request")
            .OnExit(() => bound.Data.Intent = null, "forget the request")
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
            .OnExit(() => bound.Data.HistoryShown = 0, "forget the page")
            .PermitReentry(Trigger.ShowMore)
            .PermitReentry(Trigger.ShowHistory)
            .Permit(Trigger.Cancel, State.Idle)
            .Permit(Trigger.Answer, State.Idle)
            .Permit(Trigger.OfferClaim, State.AwaitingClaimAnswer)
            .Ignore(Trigger.EndPurchase);
        LeavesForAnythingElse(machine, State.ReadingHistory);

        machine.Configure(State.Purchasing)
            .OnEntry(() => bound.Data.Cart?.Parked = false, "take the cart up")
            .OnExit(() => bound.Data.Cart?.Parked = true, "park the cart (kept until paid, cancelled or expired)")
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
            .OnExit(() => bound.Data.FaqOffered.Clear(), "forget the answers offered")
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
