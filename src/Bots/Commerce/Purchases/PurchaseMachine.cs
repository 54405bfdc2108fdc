using Conversational.Bots.Commerce.Catalog;
using Stateless;
using Stateless.Graph;
using Step = Conversational.Bots.Commerce.Purchases.PurchaseStep;
using Trigger = Conversational.Bots.Commerce.Purchases.PurchaseTrigger;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>
/// The steps of a purchase: product → quantity → delivery mode → address, or postcode → pickup point → review.
/// An answer leads to the first step still missing an answer, so what the person already said (a quantity in
/// "buy 2 mugs", a saved address picked with the mode) is never asked again. "Back" returns to the step answered
/// before and forgets that answer; from the review the quantity or the delivery can be changed. Built for each
/// message over the cart (the state lives in the store); money never moves here.
/// </summary>
public sealed class PurchaseMachine
{
    private static readonly Step[] Forward = [Step.Product, Step.Quantity, Step.Delivery, Step.Address, Step.Postcode, Step.PickupPoint, Step.Review];

    private readonly StateMachine<Step, Trigger> _machine;
    private readonly Cart _cart;
    private readonly Product? _product;

    public PurchaseMachine(Cart cart, Product? product)
    {
        ArgumentNullException.ThrowIfNull(cart);
        _cart = cart;
        _product = product;
        _machine = new StateMachine<Step, Trigger>(() => cart.Step, s => cart.Step = s);
        Configure();
    }

    public Step Step => _machine.State;

    public bool CanFire(Trigger trigger) => _machine.CanFire(trigger);

    public void Fire(Trigger trigger) => _machine.Fire(trigger);

    /// <summary>The first step whose answer is still missing, for this cart and product.</summary>
    public static Step FirstMissing(Cart cart, Product? product)
    {
        ArgumentNullException.ThrowIfNull(cart);
        if (cart.Sku is null || product is null)
        {
            return Step.Product;
        }
        if (cart.Quantity is null)
        {
            return Step.Quantity;
        }
        if (product.IsDigital)
        {
            return Step.Review;
        }
        if (cart.Mode is not { } mode)
        {
            return Step.Delivery;
        }
        if (mode.NeedsAddress() && cart.Address is null)
        {
            return Step.Address;
        }
        if (mode.NeedsPickupPoint() && cart.Postcode is null)
        {
            return Step.Postcode;
        }
        return mode.NeedsPickupPoint() && cart.PickupPointId is null ? Step.PickupPoint : Step.Review;
    }

    /// <summary>Forgets the answer of a step (a delivery mode takes its address and pickup point with it).</summary>
    public static void Forget(Cart cart, Step step)
    {
        ArgumentNullException.ThrowIfNull(cart);
        switch (step)
        {
            case Step.Product:
                cart.Sku = null;
                cart.Quantity = null;
                Forget(cart, Step.Delivery);
                break;
            case Step.Quantity:
                cart.Quantity = null;
                break;
            case Step.Delivery:
                cart.Mode = null;
                cart.Address = null;
                cart.Postcode = null;
                cart.PickupPointId = null;
                break;
            case Step.Address:
                cart.Address = null;
                break;
            case Step.Postcode:
                cart.Postcode = null;
                cart.PickupPointId = null;
                cart.Address = null;
                break;
            case Step.PickupPoint:
                cart.PickupPointId = null;
                cart.Address = null;
                break;
        }
    }

    /// <summary>The graph in Mermaid (stateDiagram-v2), for docs/.</summary>
    public static string Mermaid() => MermaidGraph.Format(Sample()._machine.GetInfo());

    /// <summary>The graph in Graphviz DOT, for docs/.</summary>
    public static string Dot() => UmlDotGraph.Format(Sample()._machine.GetInfo());

    private static PurchaseMachine Sample() =>
        new(new Cart { OrderNumber = "XX-000000", Merchant = "shop", Channel = new("web", "someone") }, null);

    private void Configure()
    {
        foreach (var step in Forward)
        {
            var configuration = _machine.Configure(step)
                .PermitDynamicIf(Trigger.Back, () => _cart.Trail[^1], () => _cart.Trail.Count > 0, "a step was answered before",
                    [.. Forward.Take(Array.IndexOf(Forward, step)).Select(s => new Stateless.Reflection.DynamicStateInfo(s.ToString(), "back"))]);
            if (step == Step.Review)
            {
                configuration
                    .Ignore(Trigger.Answered)
                    .Permit(Trigger.ChangeQuantity, Step.Quantity)
                    .Permit(Trigger.StockShort, Step.Quantity)
                    .PermitIf(Trigger.ChangeDelivery, Step.Delivery, () => _product is { IsDigital: false }, "physical goods");
            }
            else
            {
                configuration.PermitDynamic(Trigger.Answered, () => FirstMissing(_cart, _product), "the first step still missing",
                    [.. Forward.Skip(Array.IndexOf(Forward, step) + 1).Select(s => new Stateless.Reflection.DynamicStateInfo(s.ToString(), "answered"))]);
            }
        }
        _machine.OnTransitioned(t =>
        {
            switch (t.Trigger)
            {
                case Trigger.Answered:
                    _cart.Trail.Add(t.Source);
                    break;
                case Trigger.Back:
                    _cart.Trail.RemoveAt(_cart.Trail.Count - 1);
                    Forget(_cart, t.Destination);
                    break;
                case Trigger.ChangeQuantity or Trigger.StockShort:
                    Forget(_cart, Step.Quantity);
                    break;
                case Trigger.ChangeDelivery:
                    Forget(_cart, Step.Delivery);
                    break;
            }
        });
    }
}
