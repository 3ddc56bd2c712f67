/** Russian strings of the app's own interface; the shape is English's (./ui-text.ts). */
import { plural } from "../../i18n";
import { DURATION_UNITS_RU, formatDuration } from "../run/duration";
import type { UiText } from "./ui-text";

export const RU: UiText = {
  app: {
    language: "Язык",
    courseMap: "Карта курса",
    noExercises: "Упражнений не найдено.",
    solved: "решено",
    tried: "начато",
    difficulty: { easy: "легко", medium: "средне", hard: "сложно" },
    noSuchExercise: (id) => `Упражнения «${id}» нет.`,
    welcomeTitle: "Изучайте конкурентность в Python, запуская код",
    welcomeBody:
      "Выберите упражнение на карте курса. Ваш код выполняется настоящим CPython (Pyodide) прямо в браузере на виртуальных часах: программа, которая спит десять секунд, завершается сразу и сообщает 10.00\u00a0с, потоки действительно соревнуются, а взаимоблокировки обнаруживаются, а не ожидаются.",
    loadErrors: (files) =>
      plural("ru", files, {
        one: "Не удалось загрузить # файл упражнения:",
        few: "Не удалось загрузить # файла упражнений:",
        other: "Не удалось загрузить # файлов упражнений:",
      }),
    minutes: (n) => `~${n} мин`,
    minutesLong: (n) => plural("ru", n, { one: "около # минуты", other: "около # минут" }),
    skipToContent: "К содержимому",
    menu: "Меню",
    menuTitle: "Язык, тема, экспорт и импорт вашей работы, авторский режим",
    theme: "Тема",
    themes: { system: "Как в системе", light: "Светлая", dark: "Тёмная" },
  },
  course: {
    continue: "Продолжить",
    start: "Начать",
    allSolved: "Вы решили все упражнения. Отлично!",
    overall: (solved, total) =>
      `Решено ${solved} из ${plural("ru", total, { one: "# упражнения", other: "# упражнений" })}`,
    moduleProgress: (solved, total) => `решено ${solved} из ${total}`,
    states: { new: "не начато", attempted: "начато", solved: "решено" },
  },
  nav: {
    label: "Навигация по упражнениям",
    back: "Карта курса",
    previous: "Назад",
    next: "Дальше",
    position: (module, index, total) => `${module} · упражнение ${index} из ${total}`,
  },
  python: {
    starting: "Python запускается…",
    startingStage: (stage) => `Python запускается (${stage})…`,
    stages: { "loading-pyodide": "загрузка Pyodide", "starting-engine": "запуск симулятора" },
    ready: (version) => `Python ${version} готов`,
    failed: "Python не удалось запустить.",
    noStackSwitching:
      "Этот браузер не может выполнять потоки и процессы Python (нужны Chrome 137+, Firefox 153+ или Safari 27+). Программы на asyncio работают.",
  },
  toolbar: {
    label: "Программа",
    run: "Запустить",
    runTitle: (mod) => `Запустить (${mod}+Enter)`,
    check: "Проверить",
    checkTitle: (mod) => `Проверить решение (${mod}+Shift+Enter)`,
    stop: "Остановить",
    reset: "Сбросить код",
    editorLabel: (title) => `Код на Python: ${title}`,
    editorLoading: "Редактор загружается…",
    resetTitle: "Вернуть исходный код?",
    resetBody:
      "Ваш код этого упражнения заменится исходным кодом упражнения. Сразу после этого можно отменить сброс.",
    resetConfirm: "Сбросить",
    cancel: "Отмена",
    resetDone: "Код возвращён к исходному.",
    undo: "Отменить",
    keys: (mod) =>
      `${mod}+Enter запускает, ${mod}+Shift+Enter проверяет. Esc выводит из редактора.`,
    tabFocus: (on) =>
      `Клавиша Tab: ${on ? "переводит фокус" : "делает отступ"} (переключение: Ctrl+M)`,
  },
  console: {
    label: "Консоль",
    running: "Выполняется…",
    checking: "Проверяется…",
    stopping: "Останавливается…",
    seconds: (s) => formatDuration(s, DURATION_UNITS_RU),
    replayAt: (speed) => `Воспроизвести ${speed}×`,
    replaying: "Воспроизводится…",
    stopReplay: "Показать всё",
    times: "Показать виртуальное время",
    noTimes:
      "Для этого вывода нет воспроизведения и виртуального времени: запуск не оставил полной записи его строк.",
    finished: (time, exitCode) =>
      `Завершено за ${time} виртуального времени (код выхода ${exitCode})`,
    raised: (type, line, time, exitCode) =>
      `${type}${line === null ? "" : ` в строке ${line}`} через ${time} виртуального времени (код выхода ${exitCode})`,
    stopKinds: {
      Deadlock: "Взаимная блокировка",
      VirtualTimeLimit: "Превышен лимит виртуального времени",
      StepLimit: "Превышен лимит шагов",
      OutputLimit: "Превышен лимит вывода",
      ProcessLimit: "Слишком много процессов",
    },
    checked: (passed, time) =>
      `${passed ? "Проверка пройдена" : "Проверка не пройдена"}: программа работала ${time} виртуального времени`,
    checkerFailed: "Проверка не смогла завершиться; подробности в результатах проверки.",
    stoppedInterrupt: "Остановлено (KeyboardInterrupt).",
    stoppedRestart: "Остановлено (Python перезапущен, чтобы завершить программу).",
    failed: (message) => `Запуск не удался: ${message}`,
  },
  verdict: {
    previous: (summary) => `Предыдущая проверка: ${summary}`,
    failedShort: "не все проверки пройдены.",
    label: "Результаты проверки",
    checking: "Проверяем решение…",
    passed: "Все проверки пройдены. Отлично!",
    failed: (passed, total) =>
      plural("ru", passed, {
        one: `Пройдена # проверка из ${total}`,
        few: `Пройдены # проверки из ${total}`,
        other: `Пройдено # проверок из ${total}`,
      }),
    checkPassed: "пройдена",
    checkFailed: "не пройдена",
    expected: "Ожидалось",
    actual: "Получено",
    diff: "Ожидалось (−) и получено (+)",
    diffOps: { same: "в обоих", removed: "только ожидалось", added: "только получено" },
    line: (line) => `строка ${line}`,
    hint: "Подсказка",
    sameHint: (title) => `Подсказка: та же, что для «${title}» выше.`,
    checkerFailed: "Проверка не смогла завершиться",
    otherLanguage: "Эти результаты на другом языке: проверьте ещё раз, чтобы увидеть их на вашем.",
    failedToRun: (message) => `Проверку не удалось выполнить: ${message}`,
    stopped: "Проверка остановлена.",
  },
  replay: {
    open: "Воспроизвести это расписание",
    close: "Закрыть воспроизведение",
    label: (schedule: number, seed: number) =>
      `Воспроизведение расписания ${schedule} (seed ${seed})`,
    keys: "← → — шаг по обращениям, Home/End — к первому/последнему; строка каждого потока подсвечена в редакторе.",
    previous: "Предыдущий шаг",
    next: "Следующий шаг",
    step: (index: number, count: number) => `Шаг ${index} из ${count}`,
    conflict: "конфликтующее обращение",
    op: {
      read: "прочитал",
      write: "записал",
      test: "проверил",
      enter: "входит в with",
      call: "вызвал",
    },
    at: (line: number | null) => (line === null ? "" : `строка ${line}`),
    threadAt: (thread: string, what: string) => `${thread}: ${what}`,
  },
  hints: {
    label: "Подсказки",
    show: (left) => `Показать подсказку (осталось: ${left})`,
    none: "Подсказок больше нет.",
    number: (n) => `Подсказка ${n}`,
  },
  solution: {
    label: "Решение",
    show: "Показать решение",
    locked: "Проверьте свой код хотя бы раз, чтобы открыть эталонное решение.",
    confirmTitle: "Показать эталонное решение?",
    confirmBody:
      "Вы увидите готовый ответ. Ваш код останется как есть. Часто стоит попробовать ещё немного, с подсказкой.",
    confirm: "Показать",
    cancel: "Отмена",
    code: "Эталонное решение",
    explanation: "Почему это работает",
  },
  timeline: {
    label: "Временная шкала",
    lanes: "Дорожки временной шкалы",
    units: DURATION_UNITS_RU,
    empty: "Запустите или проверьте код, чтобы увидеть его временную шкалу.",
    sourceRun: (elapsed) => `Последний запуск: ${elapsed} виртуального времени.`,
    sourceCheck: (elapsed) =>
      `Основной запуск последней проверки: ${elapsed} виртуального времени.`,
    sourceReplay: (schedule, seed, elapsed) =>
      `Повтор расписания ${schedule} (seed ${seed}): ${elapsed} виртуального времени; конфликтующие обращения отмечены ◆.`,
    conflicts: (n) => `конфликтующих обращений: ${n}`,
    zoomIn: "Приблизить",
    zoomOut: "Отдалить",
    fit: "Целиком",
    legend: "Обозначения",
    running: "выполняется",
    ready: "готов (ждёт своей очереди)",
    blocked: (reason) => `ждёт: ${reason}`,
    printed: "вывод",
    loopBlocked: "блокирует цикл событий",
    deadlock: "взаимоблокировка",
    deadlockAt: (t) => `Взаимоблокировка в ${t}: больше ничто не могло выполняться.`,
    deadlocked: (waitsFor, heldBy) =>
      `взаимоблокировка: ждёт ${waitsFor}${heldBy ? `, занято: ${heldBy}` : ""}`,
    truncated: "Трасса обрезана, чтобы не разрастаться: конец запуска не показан.",
    kinds: { process: "процесс", thread: "поток", task: "задача" },
    started: (t) => `начало в ${t}`,
    finished: (t) => `завершение в ${t}`,
    finishedWith: (error, t) => `завершено исключением ${error} в ${t}`,
    span: (from, to, length) => `${from} → ${to} (${length})`,
    printAt: (t) => `вывод в ${t}`,
    loopBlockedFor: (length) => `держал цикл событий ${length} без await`,
    keys: "Стрелки: ↑↓ дорожка, ←→ событие, Home/End.",
    reasons: {
      sleep: "сон",
      lock: "блокировка",
      condition: "условие",
      semaphore: "семафор",
      barrier: "барьер",
      event: "событие",
      queue: "очередь",
      join: "join",
      future: "future",
      await: "await",
      select: "цикл событий простаивает",
      io: "файловый ввод-вывод",
      network: "сеть",
      yield: "уступает ход",
    },
  },
  saving: {
    full: "Ваша работа не сохраняется: хранилище браузера для этого сайта заполнено. Экспортируйте её в файл, чтобы не потерять.",
    failed:
      "Ваша работа не сохраняется: браузер отказался её сохранить. Экспортируйте её в файл, чтобы не потерять.",
    unavailable:
      "Браузер не даёт сайту хранилища (настройки приватности?): ваша работа есть только в этой вкладке. Экспортируйте её в файл, чтобы не потерять.",
    export: "Экспортировать работу",
    exportTitle: "Скачать ваш код и прогресс одним файлом",
    retry: "Сохранить ещё раз",
    importWork: "Импортировать работу",
    importTitle: "Добавить код и прогресс из экспортированного файла",
    importSummary: (code, progress, solved) =>
      code + progress + solved === 0
        ? "В файле нет ничего новее того, что уже здесь: ничего не изменилось."
        : `Добавлено из файла: ${[
            code > 0 &&
              plural("ru", code, {
                one: "более новый код # упражнения",
                other: "более новый код # упражнений",
              }),
            progress > 0 &&
              plural("ru", progress, {
                one: "прогресс # упражнения",
                other: "прогресс # упражнений",
              }),
            solved > 0 &&
              plural("ru", solved, {
                one: "# новое решённое упражнение",
                few: "# новых решённых упражнения",
                other: "# новых решённых упражнений",
              }),
          ]
            .filter(Boolean)
            .join(", ")}.`,
    notABackup: (name) => `${name} — не файл, экспортированный из Interleave.`,
  },
};
