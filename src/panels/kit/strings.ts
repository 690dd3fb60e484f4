/**
 * Every user-facing string of the panels, in one module, ready for
 * translation. Values are plain strings, or small functions of numbers and
 * already formatted strings: the callers format numbers (./format.ts and the
 * panels' number helpers), so this module imports nothing but other string
 * modules.
 *
 * Re-exported from here, and kept in their own files:
 * - the lesson and the guided tour: ./lesson/strings.ts (LESSON, TOUR);
 * - the presets' names and descriptions: src/experiment/presets.ts (PRESETS).
 *
 * Other places with user-facing text, left where they are (module boundaries):
 * - src/state/session.ts: the notices of the session (presets, Undo, worker restarts, …),
 *   and src/state/sweep-store.ts: why a sweep stopped;
 * - src/experiment/codecs.ts, list-codecs.ts, link-codec.ts and settings.ts (labels, docs' meanings): the notices
 *   about a link's settings that could not be used;
 * - src/model/validation.ts: the validation messages of a configuration.
 * And in the panels, on purpose:
 * - src/experiment/field-checks.ts, the strict codecs and the field checks of ./export/parse-run-json.ts:
 *   the details of a bad run file ("hiddenLayers[0] must be an integer from 1 to 128 (got 0)"), which name
 *   JSON fields and types; STRINGS.export.badField wraps them;
 * - the math notation "p = 0.5" built by the number helpers (./fit/labels.ts, ./loss/series.ts,
 *   ./network/labels.ts, src/experiment/p-format.ts) and the URL keys that the share dialog lists as they are written in a link.
 */

type RunKey = 'A' | 'B';

export const STRINGS = {
  app: {
    title: 'Dropout Lab',
    /** The tagline, around its two italic p's. */
    tagline: {
      start: 'Watch a network overfit noisy data, and dropout prevent it. ',
      p: 'p',
      middle: ' is the drop probability (keep = 1 − ',
      end: ').',
    },
    trainingRegion: 'Training',
    settingsRegion: 'Settings',
    moreControls: 'Data, network and training',
  },

  header: {
    share: 'Share',
    presenter: 'Presenter mode',
    exitPresenter: 'Exit presenter mode',
    presenterHint: 'Projector colors, large type, fewer controls (P)',
    shortcutsButton: '?',
    shortcutsLabel: 'Keyboard shortcuts',
    shortcutsHint: 'Keyboard shortcuts (?)',
  },

  presenter: {
    bar: 'Presenter controls',
    beside: 'Beside the fit',
    loss: 'Loss',
    network: 'Network',
    settings: 'All settings',
    closeSettings: 'Close settings',
    settingsHint: 'Presets, dropout, data, network and training (Esc closes)',
  },

  playback: {
    group: 'Training',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    stepHint: 'Pause and run exactly one optimizer step',
    reset: 'Reset',
    resetHint: 'Back to step 0 with the same data and initial weights',
    speed: 'Speed',
    speedMax: 'max',
    stepsPerSecond: (speed: number) => `${speed} step${speed === 1 ? '' : 's'}/s`,
  },

  /** What screen readers hear as training starts, pauses or diverges (steps and losses come formatted). */
  announcer: {
    diverged: (step: string) => `Training diverged at step ${step}.`,
    started: 'Training started.',
    paused: (step: string) => `Training paused at step ${step}.`,
    losses: (step: string, train: string, test: string) => `Step ${step}: training MSE ${train}, test MSE ${test}.`,
  },

  readouts: {
    label: 'Training status',
    step: 'Step',
    epoch: 'Epoch',
    trainMse: 'Train MSE',
    testMse: 'Test MSE',
    stepsPerSec: 'Steps/s',
    /** Compare mode: which value belongs to which run. */
    runA: 'A',
    runB: 'B',
    runAHint: 'Run A, without dropout',
    runBHint: 'Run B, with dropout',
    epochHint: 'Passes through the training set (minibatches)',
    mainThread: 'Training on the main thread',
    worker: 'Training in a background worker',
  },

  controls: {
    phoneBar: 'Play and the drop probability, kept in view',
    presets: 'Presets',
    /** The error under a whole-number field; `note` is said after the range, e.g. "0 = never". */
    wholeNumberError: (label: string, min: number, max: number, note: string | undefined, value: number) =>
      `${label} must be a whole number from ${min} to ${max}${note ? ` (${note})` : ''}; keeping ${value}.`,
    dropout: {
      legend: 'Dropout',
      /** The main slider's label: which hidden layers it sets (see experiment/main-p.ts). */
      main: (count: number) =>
        count <= 1 ? 'Drop probability p' : count === 2 ? 'Drop probability p (hidden layer 2)' : `Drop probability p (hidden layers 2–${count})`,
      firstLayerNote: 'Hidden layer 1 reads x itself: dropping its neurons cuts the curve into steps, so it keeps p = 0 (Per-layer p changes it).',
      short: 'Drop probability p',
      value: (p: string, keep: string) => `p = ${p} · keep = ${keep}`,
      layersDiffer: 'These layers differ: this sets them all.',
      perLayer: 'Per-layer p',
      layer: (layer: number) => `Hidden layer ${layer}`,
      scaling: 'Scaling',
      inverted: 'inverted: × 1/(1 − p) in training',
      classic: 'classic: × (1 − p) at test time',
      scalingOnlyBernoulli: 'Applies to Bernoulli dropout only: the other schemes scale like inverted.',
      scheme: 'Scheme',
      schemes: {
        bernoulli: 'Bernoulli: drop neurons',
        gaussian: 'Gaussian: neurons × N(1, p/(1 − p))',
        dropconnect: 'DropConnect: drop weights',
      },
      compare: 'Compare with and without dropout',
    },
    data: {
      legend: 'Data',
      dataset: 'Dataset',
      datasets: {
        sine: 'sine: sin(πx)',
        cubic: 'cubic: 4x³ − 3x',
        abs: 'abs: 2|x| − 1',
        step: 'step',
        custom: 'custom (click the plot)',
      },
      trainPoints: 'Training points N',
      noise: 'Noise σ',
      seed: 'Seed',
      newData: 'New data',
      newDataHint: 'A new seed: new data and new initial weights',
    },
    network: {
      legend: 'Network',
      hiddenLayers: 'Hidden layers',
      neurons: 'Neurons per hidden layer',
      shape: (layers: readonly number[]) => `Network: 1 → ${layers.join(' → ')} → 1`,
      layersDiffer: (layers: readonly number[]) => `Layers differ (${layers.join(', ')}): this sets them all.`,
      activation: 'Activation',
      activations: { relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoid' },
    },
    training: {
      legend: 'Training',
      optimizer: 'Optimizer',
      optimizers: { adam: 'Adam', momentum: 'SGD with momentum', sgd: 'SGD' },
      learningRate: 'Learning rate',
      halfLife: 'Learning rate halves every',
      halfLifeValue: (steps: number) => (steps === 0 ? 'never' : `${steps} steps`),
      batchSize: 'Batch size',
      fullBatch: 'full batch',
      l2: 'L2 penalty λ',
      off: 'off',
      stopAt: 'Stop at step',
      stopAtNote: '0 = never',
    },
  },

  /** The notices list: its buttons (the notices' own text comes from the session). */
  notices: {
    undo: 'Undo',
    dismiss: 'Dismiss',
    dismissButton: '×',
  },

  fit: {
    title: 'Fit',
    keyHint: 'Arrows move the cursor · Enter adds a point · Delete removes the nearest',
    clickHint: 'Click or tap to add or remove points',
    /** "Draw your own data": the mode in which clicks edit the points, and what it does to the run. */
    draw: {
      button: 'Draw your own data',
      done: 'Done drawing',
      hint: 'Add or remove training points with the mouse, a finger or the keyboard',
      offHint: 'To add or remove points, press “Draw your own data”.',
      startGenerated: (train: number) =>
        `Click to add a point, click a point to remove it. Your first change makes these ${train} training points your own data; every change restarts training. The true curve stays for reference.`,
      startCustom: 'Click to add a point, click a point to remove it. Every change restarts training from step 0.',
      willHoldOut: 'A random quarter of your points become test points (hollow ○): never trained on, so the test MSE still measures unseen points.',
      heldOut: (test: number, total: number) =>
        `${test} of your ${total} points, chosen at random, are test points (hollow ○): never trained on, so the test MSE still measures unseen points.`,
    },
    keptTruthLegend: 'true (original data)',
    plainLabel: 'Fit plot',
    keysLabel:
      'Fit plot, editable. Click or tap empty space to add a training point, click a point to remove it. With the keyboard: arrow keys move a cursor, Enter or Space adds a point there, Delete removes the nearest point.',
    needsDropout: 'The MC-dropout band and thinned networks need dropout p > 0.',
    /** Run names, in the legend and the divergence note. */
    noDropout: 'no dropout',
    withDropout: (p: string) => `dropout ${p}`,
    /** Run B in compare mode when its p is 0 too. */
    alsoNoDropout: 'also no dropout (p = 0)',
    model: 'model',
    /** Plot titles in compare mode (side by side); the short ones where the plot is narrow. */
    titleA: '(a) no dropout',
    shortTitleA: '(a) p = 0',
    titleB: (name: string) => `(b) ${name}`,
    pointCounts: (train: number, test: number) => `${train} training points, ${test} test points`,
    trueFunctionClause: ', the true function',
    describeCompare: (runB: string, points: string, truth: string) =>
      `Fit plot comparing the prediction without dropout and with ${runB}: ${points}${truth} over x from −1 to 1.`,
    describe: (points: string, truth: string) => `Fit plot: ${points}${truth} and the network's prediction over x from −1 to 1.`,
    /** "neuron 2:5" = hidden layer 2, fifth neuron. */
    neuron: (layer: number, index: number) => `neuron ${layer}:${index}`,
    neuronOutput: (neuron: string) => `${neuron} output`,
    neuronScale: (neuron: string, lo: string, hi: string) => `${neuron} output (own scale ${lo} to ${hi})`,
    divergedAt: (step: string) => `diverged at step ${step}`,
    runNote: (run: string, note: string) => `${run}: ${note}`,
    tableCaption: 'The fit at 11 values of x',
    actions: {
      trueFunction: 'true function',
      noTrueFunction: 'Your own points have no true function',
      testPoints: 'test points',
      mcBand: 'MC-dropout band (±2σ)',
      mcBandHint: 'Average of many passes with dropout on, ± 2 standard deviations',
      thinned: 'thinned networks',
      thinnedHint: 'Curves of networks with fixed random neurons dropped',
      none: 'none',
      overlay: 'overlay runs',
      overlayHint: 'Both runs in one plot, or two plots side by side',
    },
    legend: {
      label: 'Legend',
      train: 'train',
      test: 'test',
      truth: 'true',
      band: 'MC mean ± 2σ',
      ghosts: 'thinned nets',
    },
    /** Messages of point editing (custom data). */
    points: {
      notReady: 'The data is still loading: try again.',
      atMost: (max: number) => `At most ${max} points: remove one first.`,
      needsAtLeast: (min: number) => `Custom data needs at least ${min} points.`,
      switched: (count: number) => `Switched to your own points (${count}).`,
      count: (n: number) => `${n} point${n === 1 ? '' : 's'}`,
      added: (where: string, count: string) => `Added ${where} · ${count}.`,
      removed: (count: string) => `Removed a point · ${count}.`,
      noneToRemove: 'There is no point to remove.',
      atLeastNeeded: (min: number) => `At least ${min} points are needed: add one first.`,
    },
  },

  network: {
    title: 'Network',
    /** A hidden neuron's state under Gaussian dropout, in its name and tooltip. */
    noiseFactor: (factor: string) => `output × ${factor} (Gaussian noise)`,
    tableCaption: 'Dropout per hidden layer',
    view: {
      group: 'Network view',
      train: 'Training view',
      trainHint: 'Show the dropout masks of the latest training step',
      test: 'Test view',
      testHint: 'Show the network as used at test time: every neuron active',
    },
    legend: {
      positive: 'w > 0',
      negative: 'w < 0',
      width: 'width ∝ |w|, strongest only',
      /** Gaussian dropout's neuron fill and DropConnect's dropped edges. */
      noiseFill: 'fill ∝ |factor| (half: × 1, full: × 2 or more)',
      negativeFactor: 'factor < 0',
      droppedWeight: 'weight dropped',
    },
    more: (count: number) => `+${count} more`,
    moreShort: (count: number) => `+${count}`,
    /** Column labels (p and keep come formatted). */
    input: 'input x',
    output: 'output ŷ',
    inputShort: 'x',
    outputShort: 'ŷ',
    hidden: (layer: number, size: number) => `hidden ${layer} (${size})`,
    hiddenShort: (layer: number) => `hidden ${layer}`,
    p: (p: string) => `p = ${p}`,
    keep: (keep: string) => `keep ${keep}`,
    drop: (p: string, keep: string) => `p = ${p} (keep ${keep})`,
    inEveryLayer: (drop: string) => `${drop} in every hidden layer`,
    everyLayer: 'every hidden layer:',
    /** Figure titles in compare mode, as in the classic dropout figure. */
    figureA: ['(a) Standard network', '(run A, no dropout)'] as const,
    figureB: (p: string) => ['(b) After applying dropout', `(run B, p = ${p})`] as const,
    /** Compare mode with p = 0 in every layer: run B has no dropout either. */
    figureBNoDropout: ['(b) Also without dropout', '(run B, p = 0: raise p to compare)'] as const,
    /** Accessible names of the neurons. */
    neuronStates: { dropped: 'dropped', kept: 'kept', active: 'active' },
    runSuffix: (run: RunKey) => ` (run ${run})`,
    inputNeuron: (suffix: string) => `input${suffix}`,
    outputNeuron: (suffix: string) => `output${suffix}`,
    hiddenNeuron: (layer: number, index: number, state: string, suffix: string) => `hidden layer ${layer}, neuron ${index}, ${state}${suffix}`,
    keepFrequency: (observed: string, expected: string) => `kept ${observed} of the time (expected ${expected})`,
    /** The line under the diagram. */
    caption: {
      testClassic: 'Test time: every neuron is active; classic dropout multiplies each hidden output by 1 − p here (inverted dropout needs no rescaling).',
      testInverted: 'Test time: every neuron is active (inverted dropout needs no rescaling here; classic multiplies by 1 − p).',
      noDropout: 'Training without dropout (p = 0): every neuron is active. Raise p to see neurons dropped.',
      trainingGaussian:
        'Training with Gaussian dropout: each hidden output is multiplied by noise from N(1, p/(1 − p)), fresh for every example and step (shown: a step’s first example).',
      trainingDropConnect:
        'Training with DropConnect: single weights reading a hidden layer are dropped with its p, fresh for every example and step (shown: a step’s first example); no neuron is dropped.',
      testOtherScheme: 'Test time: no noise; every neuron is active and every weight at full strength.',
      training: (classic: boolean) =>
        `Training: each hidden neuron is dropped with probability p, independently for every example and step (X = dropped).${classic ? ' Classic dropout: no rescaling while training.' : ''}`,
    },
    /** The neuron tooltip. */
    tooltip: {
      title: (layer: number, index: number, suffix: string) => `Hidden layer ${layer}, neuron ${index}${suffix}`,
      testView: 'Test view: active, as at test time.',
      noStep: 'No training step yet.',
      dropped: 'Dropped in the step shown (X).',
      kept: 'Kept in the step shown.',
      /** Gaussian dropout: the neuron's factor in the step shown (formatted). */
      factor: (factor: string) => `Output × ${factor} in the step shown (Gaussian noise).`,
      /** DropConnect: how many of the drawn neuron's outgoing weights were dropped. */
      edgesDropped: (dropped: number, total: number) => `${dropped} of its ${total} outgoing weights dropped in the step shown (DropConnect).`,
      /** The keep line under Gaussian dropout (the noise's standard deviation, formatted) and DropConnect (1 − p as a percentage). */
      gaussianNoise: (std: string) => `Never dropped; its output is multiplied by noise of mean 1 and standard deviation ${std}.`,
      weightsKept: (keep: string) => `Never dropped; each weight it sends is kept ${keep} of the time on average.`,
    },
    /** The diagram's accessible name. */
    summary: (sizes: readonly number[], compare: boolean) => {
      const hidden = sizes.slice(1, -1);
      const layers = hidden.length === 1 ? `one hidden layer of ${hidden[0]} neurons` : `hidden layers of ${hidden.join(', ')} neurons`;
      const twice = compare ? ', drawn twice: (a) run A without dropout and (b) run B with dropout' : '';
      return `Network diagram: input, ${layers}, output${twice}. Tab to a hidden neuron, then use the arrow keys.`;
    },
  },

  loss: {
    title: 'Loss',
    logScale: 'log scale',
    logSteps: 'log steps',
    minibatchLoss: 'minibatch loss',
    minibatchHint: 'The noisy train-mode loss of each minibatch, with dropout on',
    tableCaption: 'Loss: first, best and latest points',
    gap: {
      hint: 'Generalization gap: the latest test MSE minus the train MSE. It grows as the network overfits.',
      /** Compare mode: "gap (test − train): no dropout 0.1, dropout 0.02". The gap can be negative early on. */
      compareA: 'gap (test − train): no dropout ',
      compareB: ', dropout ',
      single: 'gap (test − train) ',
      none: '—',
    },
    legendLabel: 'Legend',
    /** Names of the runs (compare mode) and of the sets. */
    noDropout: 'no dropout',
    withDropout: (p: string) => `dropout ${p}`,
    alsoNoDropout: 'also no dropout (p = 0)',
    sets: { test: 'test', train: 'train', batch: 'minibatch (train mode)' },
    minibatch: 'minibatch',
    xAxis: 'step',
    xAxisLog: 'step (log scale)',
    yAxis: 'MSE',
    yAxisLog: 'MSE (log scale)',
    empty: 'The loss curves appear once training starts.',
    bestTest: 'best test',
    bestTestOf: (run: RunKey) => `best test (${run === 'A' ? 'no dropout' : 'dropout'})`,
    divergedAt: (run: string | null, step: string) => `${run ? `${run}: ` : ''}diverged at step ${step}`,
    hoverStep: (step: string) => `step ${step}`,
    /** The chart's accessible name: its description, then each run's latest numbers. */
    description: 'Loss curves: train and test MSE against training step.',
    runSummary: (run: string | null, train: string, test: string, step: string, bestStep: string | null) =>
      `${run ? `${run}: ` : ''}train MSE ${train}, test MSE ${test} at step ${step}${bestStep === null ? '' : `, best test at step ${bestStep}`}.`,
    summary: (runs: string) => `Loss curves: train and test MSE against training step. ${runs} Arrow keys read values along the curves.`,
  },

  /** The text alternative of each chart: a collapsible table. */
  dataTables: {
    toggle: 'Data table',
    run: 'run',
    runA: 'A (no dropout)',
    runB: 'B (dropout)',
    fit: {
      x: 'x',
      truth: 'true f(x)',
      prediction: (run: string) => `prediction, ${run}`,
    },
    loss: {
      columns: ['point', 'step', 'train MSE', 'test MSE'],
      first: 'first',
      best: 'best test',
      latest: 'latest',
      row: (run: string, point: string) => `${run}: ${point}`,
    },
    network: {
      columns: ['layer', 'neurons', 'p (drop)', 'keep', 'dropped in the example shown'],
      row: (run: string, layer: number) => `${run}: hidden layer ${layer}`,
      /** The last cell under Gaussian dropout (the factors' range) and DropConnect (the weights the layer sends). */
      gaussian: (dropped: number, min: string, max: string) => `${dropped} (noise factors ${min} to ${max})`,
      dropConnect: (dropped: number, weights: number, total: number) => `${dropped} (${weights} of the ${total} weights it sends dropped)`,
    },
  },

  export: {
    summary: 'Export and load',
    figuresHeading: 'Figures (as on screen)',
    figures: { fit: 'Fit plot', network: 'Network', loss: 'Loss curves' },
    png: 'PNG',
    svg: 'SVG',
    pngLabel: (figure: string) => `${figure}: PNG image`,
    svgLabel: (figure: string) => `${figure}: SVG image`,
    dataHeading: 'Data',
    lossCsv: 'Loss history (.csv)',
    runJson: 'Configuration and weights (.json)',
    load: 'Load a saved run (.json)',
    loadHint: 'Restores the settings and the training state and continues training exactly from the saved step. Undo brings back the current run.',
    downloaded: (fileName: string) => `Downloaded ${fileName}.`,
    makeSvg: 'make the SVG',
    makePng: 'make the PNG',
    failed: (what: string, reason: string | null) => `Could not ${what}${reason ? ` (${reason})` : ''}. Try again, or try another browser.`,
    lossEmpty: 'Nothing to save yet: the loss history is empty. Start training, then try again.',
    runsRebuilding: 'The runs are being rebuilt after a change; try again in a moment.',
    nothingYet: 'Nothing to save yet.',
    tooLarge: (fileName: string, megabytes: string, maxMegabytes: number) =>
      `“${fileName}” is too large (${megabytes} MB); a saved run is at most ${maxMegabytes} MB. Nothing was changed.`,
    unreadable: (fileName: string) => `Could not read “${fileName}”. Nothing was changed.`,
    loaded: (fileName: string, step: string) => `Loaded “${fileName}”: training continues from step ${step}.`,
    /** Added to the load notices for a version-1 file, which holds the weights but not the optimizer's state or the random streams. */
    approximateResume:
      'This file comes from an older Dropout Lab and holds the weights only, so training resumes approximately: the optimizer’s moments and the random streams of dropout masks and minibatch order start afresh, and the run will not retrace the original exactly. Save it again to keep an exact copy.',
    /** Why a run cannot be saved now (./export/build-run-json.ts). */
    noFrame: 'Nothing to save yet: wait for the first training step, then try again.',
    networkRebuilding: 'The network is being rebuilt after a change; try again in a moment.',
    runDiverged: (run: RunKey | null) =>
      `${run === null ? 'The run' : `Run ${run}`} diverged: its weights are no longer finite numbers, so they cannot be saved. Lower the learning rate and press Reset first.`,
    /** Why a run file cannot be loaded (./export/parse-run-json.ts); `problem` names the field and what is wrong with it. */
    notJson: 'This file is not valid JSON. Choose a run file saved with “Configuration and weights (.json)”.',
    fileTooLarge: (megabytes: string, maxMegabytes: number) => `This file is too large (${megabytes} MB); a saved run is at most ${maxMegabytes} MB.`,
    notRunFile: 'This is not a Dropout Lab run file (its "format" is not "dropout-lab-run").',
    newerVersion: (version: number, supported: number) =>
      `This run file was saved by a newer Dropout Lab (file version ${version}); this page reads versions up to ${supported}.`,
    unsupportedVersion: (version: string, supported: number) => `Unsupported run file version ${version}; this page reads versions 1 to ${supported}.`,
    badField: (problem: string) => `Could not load this run file: ${problem}. Nothing was changed.`,
    /** Exported figures (./export/panel-svg.ts); `panel` is the panel's id or title. */
    panelMissing: (panel: string) => `The ${panel} panel is not on the page, so there is nothing to export.`,
    panelHidden: (panel: string) => `The ${panel} panel is hidden (it has no size on screen), so there is nothing to export.`,
    copyFailed: 'Could not copy the chart.',
    /** Reasons a PNG could not be made (./export/raster.ts), shown in brackets after `failed`. */
    noCanvas: 'this browser cannot draw to a canvas',
    pngEncodeFailed: 'the browser could not encode the PNG',
    figureTitle: (panel: string, step: string) => `Dropout Lab — ${panel} panel at step ${step}`,
    figureHeading: (panel: string, step: string) => `${panel} · step ${step}`,
    credit: 'Dropout Lab',
  },

  share: {
    title: 'Share and embed',
    linkLabel: 'Link to this configuration',
    copyLink: 'Copy link',
    linkCopied: 'Link copied.',
    linkFailed: 'Copy failed: select the link and copy it.',
    panels: 'Panels to embed',
    hide: 'Controls to hide',
    sandboxed: 'Sandboxed iframe',
    codeLabel: 'Embed code',
    copyCode: 'Copy embed code',
    codeCopied: 'Embed code copied.',
    codeFailed: 'Copy failed: select the code and copy it.',
    close: 'Close',
    /** The title attribute of the embedded iframe. */
    iframeTitle: 'Dropout Lab',
  },

  shortcuts: {
    title: 'Keyboard shortcuts',
    space: 'Space',
    descriptions: {
      'play-pause': 'Play or pause',
      step: 'Pause and run one step',
      reset: 'Reset to step 0 (same data and weights)',
      'toggle-dropout': 'Turn dropout on or off',
      'toggle-compare': 'Compare with and without dropout',
      'toggle-presenter': 'Presenter mode',
      fullscreen: 'Full screen',
      help: 'Show or hide this list',
    },
    hint: 'Shortcuts do not fire while a text field, slider or list has focus.',
    enable: 'Enable single-key shortcuts',
    close: 'Close',
  },

  sweep: {
    launcher: 'Sweeps: test loss against p and N; regularizers compared',
    launcherMark: ' ›',
    launcherRunning: (done: number, total: number) => `running: ${done} of ${total} runs`,
    title: { p: 'Sweep: test loss against p', n: 'Sweep: test loss against N' },
    close: 'Close',
    against: 'Test loss against',
    kinds: { p: 'drop probability p', n: 'training points N' },
    stepsPerRun: 'Steps per run',
    seeds: 'Seeds',
    cancel: 'Cancel',
    run: 'Run sweep',
    downloadCsv: 'Download CSV',
    firstRun: 'The first run is training…',
    willTrain: (plan: string) => `Run sweep trains ${plan}.`,
    planHint: (plan: string) => `${plan}, each from scratch with the current settings; the chart shows eval-mode MSE after the last step.`,
    mainP: (p: string) => ` p = ${p} is the main view’s p.`,
    standIn: (p: string) => ` The main view has p = 0, so p = ${p} stands in for dropout.`,
    lowest: (soFar: boolean, at: string, value: string, atZero: string | null) =>
      `Lowest mean test MSE${soFar ? ' so far' : ''} at ${at}: ${value}${atZero === null ? '' : ` (p = 0: ${atZero})`}. `,
    clickHint: 'Click a ● (or focus it and press Enter) to load it into the main view.',
    nAndP: (n: number, p: string) => `N = ${n}, p = ${p}`,
    loaded: (what: string, newRun: boolean) => `Loaded ${what} into the main view${newRun ? ' (a new run)' : ''}.`,
    chart: {
      xAxis: { p: 'drop probability p (keep = 1 − p)', n: 'training points N (log scale)' },
      yAxis: 'MSE (log scale)',
      name: {
        p: 'Mean test and train MSE against the drop probability p',
        n: 'Mean test and train MSE against the number of training points N, without and with dropout',
      },
      label: (name: string) => `${name}. The results table below lists the numbers.`,
      best: (provisional: boolean, at: string) => `${provisional ? 'best so far' : 'best'} ${at}`,
    },
    legend: {
      means: (seeds: number) => (seeds > 1 ? `mean of ${seeds} seeds` : 'one seed'),
      testMse: (means: string) => ` test MSE (${means})`,
      trainMse: ' train MSE',
      band: ' band: min–max over seeds',
      lowest: 'lowest test MSE',
      p: (p: string) => ` p = ${p}`,
      testBand: 'band: test MSE min–max over seeds',
    },
    progress: {
      label: 'Sweep progress',
      done: (total: number, duration: string | null) => `Done: ${total} runs${duration === null ? '' : ` in ${duration}`}.`,
      cancelled: (done: number, total: number) => `Cancelled after ${done} of ${total} runs.`,
      failed: 'The sweep stopped.',
      pausedMain: 'Training in the main view is paused during the sweep and resumes after it.',
      workers: (count: number, mainPlaying: boolean) =>
        `Running on ${count} background ${count === 1 ? 'worker' : 'workers'}${mainPlaying ? '; the main view keeps training (pause it to give the sweep every core).' : '.'}`,
    },
    table: {
      summary: (count: number) => `Results table (${count === 0 ? 'empty' : `${count} ${count === 1 ? 'point' : 'points'}`})`,
      caption: (kind: 'p' | 'n') =>
        `Final eval-mode MSE per ${kind === 'p' ? 'drop probability' : 'training-set size and drop probability'}: mean over seeds, with min–max`,
      p: 'p',
      n: 'N',
      runs: 'runs',
      test: 'test MSE mean (min–max)',
      train: 'train MSE mean (min–max)',
      diverged: (count: number) => ` (${count} diverged)`,
      missing: '—',
    },
    /** Counts, plans and times (./sweep/labels.ts builds them). */
    count: (count: number, unit: 'run' | 'seed') => `${count.toLocaleString('en-US')} ${count === 1 ? unit : `${unit}s`}`,
    steps: (steps: number) => `${steps.toLocaleString('en-US')} steps`,
    of: (done: number, runs: string) => `${done.toLocaleString('en-US')} of ${runs}`,
    withTimeLeft: (runs: string, left: string) => `${runs} · ${left}`,
    secondsLeft: (seconds: number) => `about ${seconds} s left`,
    estimating: 'estimating time left…',
    minutesLeft: (minutes: number | string) => `about ${minutes} min left`,
    seconds: (seconds: string) => `${seconds} s`,
    minutesSeconds: (minutes: number, seconds: number) => `${minutes} min ${seconds} s`,
    planP: (values: number, seeds: string, runs: string, steps: string) => `${values} values of p × ${seeds} = ${runs} of ${steps}`,
    planN: (values: number, ps: string, seeds: string, runs: string, steps: string) => `${values} values of N × ${ps} × ${seeds} = ${runs} of ${steps}`,
    and: ' and ',
    pValue: (p: string) => `p = ${p}`,
    nValue: (n: number) => `N = ${n}`,
    pointLabel: (where: string, mean: string, min: string, max: string, seeds: string, train: string, diverged: string | null, best: boolean) =>
      `${where}: mean test MSE ${mean} (min ${min}, max ${max}, ${seeds}), mean train MSE ${train}${diverged === null ? '' : `, ${diverged} diverged`}${best ? ' — lowest test MSE' : ''}. Load into the main view.`,
    verdict: {
      dropout: (p: string) => `Dropout (p = ${p})`,
      everywhere: (dropout: string, ns: string) => `${dropout} lowers the mean test MSE at every N so far (${ns}).`,
      nowhere: (dropout: string, ns: string) => `${dropout} does not lower the mean test MSE at any N so far (${ns}).`,
      mixed: (dropout: string, helps: string, not: string) => `${dropout} lowers the mean test MSE at N = ${helps}, not at N = ${not}.`,
    },
  },

  embed: {
    footer: 'Open in Dropout Lab ↗',
    play: '▶ Play: watch the network learn',
  },

  /** A part loaded after the first render (lesson, tour, export, share, sweeps) whose download failed. */
  lazyPart: {
    failed: (part: string) => `The ${part} could not be loaded (the connection failed, or the site was just updated). The rest of the lab works.`,
    retry: 'Retry',
    names: {
      lesson: 'lesson',
      tour: 'guided tour',
      export: 'export menu',
      share: 'share dialog',
      sweepPanel: 'sweep panel',
      sweepView: 'sweep view',
      ensembleView: 'ensemble view',
      robustnessView: 'robustness view',
    },
  },
} as const;
