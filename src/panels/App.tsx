export function App() {
  return (
    <main className="app">
      <header>
        <h1>Dropout Lab</h1>
        <p className="tagline">See a neural network overfit noisy data, then watch dropout prevent it.</p>
      </header>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">What you will see here</h2>
        <p>
          A small network learns a curve from a handful of noisy points. Without regularization it bends to chase the
          noise: the training loss keeps falling while the test loss rises. With dropout, each hidden neuron is switched
          off with probability <em>p</em> (the drop probability; keep = 1 − <em>p</em>) at every training step, and the
          fit follows the trend instead.
        </p>
        <p className="status" role="status">
          The training engine is ready; the interactive panels are on their way.
        </p>
      </section>
    </main>
  );
}
