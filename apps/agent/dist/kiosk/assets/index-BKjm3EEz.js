var e = (e, t) => () => (t || (e((t = { exports: {} }).exports, t, t.exports), (e = null)), t.exports);
(function () {
  let e = document.createElement(`link`).relList;
  if (e && e.supports && e.supports(`modulepreload`)) return;
  for (let e of document.querySelectorAll(`link[rel="modulepreload"]`)) n(e);
  new MutationObserver((e) => {
    for (let t of e)
      if (t.type === `childList`) for (let e of t.addedNodes) e.tagName === `LINK` && e.rel === `modulepreload` && n(e);
  }).observe(document, { childList: !0, subtree: !0 });
  function t(e) {
    let t = {};
    return (
      e.integrity && (t.integrity = e.integrity),
      e.referrerPolicy && (t.referrerPolicy = e.referrerPolicy),
      (t.credentials =
        e.crossOrigin === `use-credentials` ? `include` : e.crossOrigin === `anonymous` ? `omit` : `same-origin`),
      t
    );
  }
  function n(e) {
    if (e.ep) return;
    e.ep = !0;
    let n = t(e);
    fetch(e.href, n);
  }
})();
var t = e((e) => {
    var t = Symbol.for(`react.transitional.element`),
      n = Symbol.for(`react.portal`),
      r = Symbol.for(`react.fragment`),
      i = Symbol.for(`react.strict_mode`),
      a = Symbol.for(`react.profiler`),
      o = Symbol.for(`react.consumer`),
      s = Symbol.for(`react.context`),
      c = Symbol.for(`react.forward_ref`),
      l = Symbol.for(`react.suspense`),
      u = Symbol.for(`react.memo`),
      d = Symbol.for(`react.lazy`),
      f = Symbol.for(`react.activity`),
      p = Symbol.for(`react.view_transition`),
      m = Symbol.iterator;
    function h(e) {
      return typeof e != `object` || !e
        ? null
        : ((e = (m && e[m]) || e[`@@iterator`]), typeof e == `function` ? e : null);
    }
    var g = {
        isMounted: function () {
          return !1;
        },
        enqueueForceUpdate: function () {},
        enqueueReplaceState: function () {},
        enqueueSetState: function () {},
      },
      _ = Object.assign,
      v = {};
    function y(e, t, n) {
      ((this.props = e), (this.context = t), (this.refs = v), (this.updater = n || g));
    }
    ((y.prototype.isReactComponent = {}),
      (y.prototype.setState = function (e, t) {
        if (typeof e != `object` && typeof e != `function` && e != null)
          throw Error(
            `takes an object of state variables to update or a function which returns an object of state variables.`,
          );
        this.updater.enqueueSetState(this, e, t, `setState`);
      }),
      (y.prototype.forceUpdate = function (e) {
        this.updater.enqueueForceUpdate(this, e, `forceUpdate`);
      }));
    function b() {}
    b.prototype = y.prototype;
    function x(e, t, n) {
      ((this.props = e), (this.context = t), (this.refs = v), (this.updater = n || g));
    }
    var S = (x.prototype = new b());
    ((S.constructor = x), _(S, y.prototype), (S.isPureReactComponent = !0));
    var ee = Array.isArray;
    function C() {}
    var w = { H: null, A: null, T: null, S: null },
      T = Object.prototype.hasOwnProperty;
    function E(e, n, r) {
      var i = r.ref;
      return { $$typeof: t, type: e, key: n, ref: i === void 0 ? null : i, props: r };
    }
    function te(e, t) {
      return E(e.type, t, e.props);
    }
    function ne(e) {
      return typeof e == `object` && !!e && e.$$typeof === t;
    }
    function re(e) {
      var t = { "=": `=0`, ":": `=2` };
      return (
        `$` +
        e.replace(/[=:]/g, function (e) {
          return t[e];
        })
      );
    }
    var ie = /\/+/g;
    function ae(e, t) {
      return typeof e == `object` && e && e.key != null ? re(`` + e.key) : t.toString(36);
    }
    function oe(e) {
      switch (e.status) {
        case `fulfilled`:
          return e.value;
        case `rejected`:
          throw e.reason;
        default:
          switch (
            (typeof e.status == `string`
              ? e.then(C, C)
              : ((e.status = `pending`),
                e.then(
                  function (t) {
                    e.status === `pending` && ((e.status = `fulfilled`), (e.value = t));
                  },
                  function (t) {
                    e.status === `pending` && ((e.status = `rejected`), (e.reason = t));
                  },
                )),
            e.status)
          ) {
            case `fulfilled`:
              return e.value;
            case `rejected`:
              throw e.reason;
          }
      }
      throw e;
    }
    function se(e, r, i, a, o) {
      var s = typeof e;
      (s === `undefined` || s === `boolean`) && (e = null);
      var c = !1;
      if (e === null) c = !0;
      else
        switch (s) {
          case `bigint`:
          case `string`:
          case `number`:
            c = !0;
            break;
          case `object`:
            switch (e.$$typeof) {
              case t:
              case n:
                c = !0;
                break;
              case d:
                return ((c = e._init), se(c(e._payload), r, i, a, o));
            }
        }
      if (c)
        return (
          (o = o(e)),
          (c = a === `` ? `.` + ae(e, 0) : a),
          ee(o)
            ? ((i = ``),
              c != null && (i = c.replace(ie, `$&/`) + `/`),
              se(o, r, i, ``, function (e) {
                return e;
              }))
            : o != null &&
              (ne(o) &&
                (o = te(
                  o,
                  i + (o.key == null || (e && e.key === o.key) ? `` : (`` + o.key).replace(ie, `$&/`) + `/`) + c,
                )),
              r.push(o)),
          1
        );
      c = 0;
      var l = a === `` ? `.` : a + `:`;
      if (ee(e)) for (var u = 0; u < e.length; u++) ((a = e[u]), (s = l + ae(a, u)), (c += se(a, r, i, s, o)));
      else if (((u = h(e)), typeof u == `function`))
        for (e = u.call(e), u = 0; !(a = e.next()).done;)
          ((a = a.value), (s = l + ae(a, u++)), (c += se(a, r, i, s, o)));
      else if (s === `object`) {
        if (typeof e.then == `function`) return se(oe(e), r, i, a, o);
        throw (
          (r = String(e)),
          Error(
            `Objects are not valid as a React child (found: ` +
              (r === `[object Object]` ? `object with keys {` + Object.keys(e).join(`, `) + `}` : r) +
              `). If you meant to render a collection of children, use an array instead.`,
          )
        );
      }
      return c;
    }
    function ce(e, t, n) {
      if (e == null) return e;
      var r = [],
        i = 0;
      return (
        se(e, r, ``, ``, function (e) {
          return t.call(n, e, i++);
        }),
        r
      );
    }
    function le(e) {
      if (e._status === -1) {
        var t = e._result,
          n = t();
        (n.then(
          function (t) {
            (e._status === 0 || e._status === -1) &&
              ((e._status = 1), (e._result = t), n.status === void 0 && ((n.status = `fulfilled`), (n.value = t)));
          },
          function (t) {
            (e._status === 0 || e._status === -1) &&
              ((e._status = 2), (e._result = t), n.status === void 0 && ((n.status = `rejected`), (n.reason = t)));
          },
        ),
          e._status === -1 && ((e._status = 0), (e._result = n)));
      }
      if (e._status === 1) return e._result.default;
      throw e._result;
    }
    var ue =
      typeof reportError == `function`
        ? reportError
        : function (e) {
            if (typeof window == `object` && typeof window.ErrorEvent == `function`) {
              var t = new window.ErrorEvent(`error`, {
                bubbles: !0,
                cancelable: !0,
                message: typeof e == `object` && e && typeof e.message == `string` ? String(e.message) : String(e),
                error: e,
              });
              if (!window.dispatchEvent(t)) return;
            } else if (typeof process == `object` && typeof process.emit == `function`) {
              process.emit(`uncaughtException`, e);
              return;
            }
            console.error(e);
          };
    function de(e) {
      var t = w.T,
        n = {};
      ((n.types = t === null ? null : t.types), (w.T = n));
      try {
        var r = e(),
          i = w.S;
        (i !== null && i(n, r), typeof r == `object` && r && typeof r.then == `function` && r.then(C, ue));
      } catch (e) {
        ue(e);
      } finally {
        (t !== null && n.types !== null && (t.types = n.types), (w.T = t));
      }
    }
    function fe(e) {
      var t = w.T;
      if (t !== null) {
        var n = t.types;
        n === null ? (t.types = [e]) : n.indexOf(e) === -1 && n.push(e);
      } else de(fe.bind(null, e));
    }
    var pe = {
      map: ce,
      forEach: function (e, t, n) {
        ce(
          e,
          function () {
            t.apply(this, arguments);
          },
          n,
        );
      },
      count: function (e) {
        var t = 0;
        return (
          ce(e, function () {
            t++;
          }),
          t
        );
      },
      toArray: function (e) {
        return (
          ce(e, function (e) {
            return e;
          }) || []
        );
      },
      only: function (e) {
        if (!ne(e)) throw Error(`React.Children.only expected to receive a single React element child.`);
        return e;
      },
    };
    ((e.Activity = f),
      (e.Children = pe),
      (e.Component = y),
      (e.Fragment = r),
      (e.Profiler = a),
      (e.PureComponent = x),
      (e.StrictMode = i),
      (e.Suspense = l),
      (e.ViewTransition = p),
      (e.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = w),
      (e.__COMPILER_RUNTIME = {
        __proto__: null,
        c: function (e) {
          return w.H.useMemoCache(e);
        },
      }),
      (e.addTransitionType = fe),
      (e.cache = function (e) {
        return function () {
          return e.apply(null, arguments);
        };
      }),
      (e.cacheSignal = function () {
        return null;
      }),
      (e.cloneElement = function (e, t, n) {
        if (e == null) throw Error(`The argument must be a React element, but you passed ` + e + `.`);
        var r = _({}, e.props),
          i = e.key;
        if (t != null)
          for (a in (t.key !== void 0 && (i = `` + t.key), t))
            !T.call(t, a) ||
              a === `key` ||
              a === `__self` ||
              a === `__source` ||
              (a === `ref` && t.ref === void 0) ||
              (r[a] = t[a]);
        var a = arguments.length - 2;
        if (a === 1) r.children = n;
        else if (1 < a) {
          for (var o = Array(a), s = 0; s < a; s++) o[s] = arguments[s + 2];
          r.children = o;
        }
        return E(e.type, i, r);
      }),
      (e.createContext = function (e) {
        return (
          (e = { $$typeof: s, _currentValue: e, _currentValue2: e, _threadCount: 0, Provider: null, Consumer: null }),
          (e.Provider = e),
          (e.Consumer = { $$typeof: o, _context: e }),
          e
        );
      }),
      (e.createElement = function (e, t, n) {
        var r,
          i = {},
          a = null;
        if (t != null)
          for (r in (t.key !== void 0 && (a = `` + t.key), t))
            T.call(t, r) && r !== `key` && r !== `__self` && r !== `__source` && (i[r] = t[r]);
        var o = arguments.length - 2;
        if (o === 1) i.children = n;
        else if (1 < o) {
          for (var s = Array(o), c = 0; c < o; c++) s[c] = arguments[c + 2];
          i.children = s;
        }
        if (e && e.defaultProps) for (r in ((o = e.defaultProps), o)) i[r] === void 0 && (i[r] = o[r]);
        return E(e, a, i);
      }),
      (e.createRef = function () {
        return { current: null };
      }),
      (e.forwardRef = function (e) {
        return { $$typeof: c, render: e };
      }),
      (e.isValidElement = ne),
      (e.lazy = function (e) {
        return { $$typeof: d, _payload: { _status: -1, _result: e }, _init: le };
      }),
      (e.memo = function (e, t) {
        return { $$typeof: u, type: e, compare: t === void 0 ? null : t };
      }),
      (e.startTransition = de),
      (e.unstable_useCacheRefresh = function () {
        return w.H.useCacheRefresh();
      }),
      (e.use = function (e) {
        return w.H.use(e);
      }),
      (e.useActionState = function (e, t, n) {
        return w.H.useActionState(e, t, n);
      }),
      (e.useCallback = function (e, t) {
        return w.H.useCallback(e, t);
      }),
      (e.useContext = function (e) {
        return w.H.useContext(e);
      }),
      (e.useDebugValue = function () {}),
      (e.useDeferredValue = function (e, t) {
        return w.H.useDeferredValue(e, t);
      }),
      (e.useEffect = function (e, t) {
        return w.H.useEffect(e, t);
      }),
      (e.useEffectEvent = function (e) {
        return w.H.useEffectEvent(e);
      }),
      (e.useId = function () {
        return w.H.useId();
      }),
      (e.useImperativeHandle = function (e, t, n) {
        return w.H.useImperativeHandle(e, t, n);
      }),
      (e.useInsertionEffect = function (e, t) {
        return w.H.useInsertionEffect(e, t);
      }),
      (e.useLayoutEffect = function (e, t) {
        return w.H.useLayoutEffect(e, t);
      }),
      (e.useMemo = function (e, t) {
        return w.H.useMemo(e, t);
      }),
      (e.useOptimistic = function (e, t) {
        return w.H.useOptimistic(e, t);
      }),
      (e.useReducer = function (e, t, n) {
        return w.H.useReducer(e, t, n);
      }),
      (e.useRef = function (e) {
        return w.H.useRef(e);
      }),
      (e.useState = function (e) {
        return w.H.useState(e);
      }),
      (e.useSyncExternalStore = function (e, t, n) {
        return w.H.useSyncExternalStore(e, t, n);
      }),
      (e.useTransition = function () {
        return w.H.useTransition();
      }),
      (e.version = `19.3.1`));
  }),
  n = e((e, n) => {
    n.exports = t();
  }),
  r = e((e) => {
    function t(e, t) {
      var n = e.length;
      e.push(t);
      a: for (; 0 < n;) {
        var r = (n - 1) >>> 1,
          a = e[r];
        if (0 < i(a, t)) ((e[r] = t), (e[n] = a), (n = r));
        else break a;
      }
    }
    function n(e) {
      return e.length === 0 ? null : e[0];
    }
    function r(e) {
      if (e.length === 0) return null;
      var t = e[0],
        n = e.pop();
      if (n !== t) {
        e[0] = n;
        a: for (var r = 0, a = e.length, o = a >>> 1; r < o;) {
          var s = 2 * (r + 1) - 1,
            c = e[s],
            l = s + 1,
            u = e[l];
          if (0 > i(c, n)) l < a && 0 > i(u, c) ? ((e[r] = u), (e[l] = n), (r = l)) : ((e[r] = c), (e[s] = n), (r = s));
          else if (l < a && 0 > i(u, n)) ((e[r] = u), (e[l] = n), (r = l));
          else break a;
        }
      }
      return t;
    }
    function i(e, t) {
      var n = e.sortIndex - t.sortIndex;
      return n === 0 ? e.id - t.id : n;
    }
    if (((e.unstable_now = void 0), typeof performance == `object` && typeof performance.now == `function`)) {
      var a = performance;
      e.unstable_now = function () {
        return a.now();
      };
    } else {
      var o = Date,
        s = o.now();
      e.unstable_now = function () {
        return o.now() - s;
      };
    }
    var c = [],
      l = [],
      u = 1,
      d = null,
      f = 3,
      p = !1,
      m = !1,
      h = !1,
      g = !1,
      _ = typeof setTimeout == `function` ? setTimeout : null,
      v = typeof clearTimeout == `function` ? clearTimeout : null,
      y = typeof setImmediate < `u` ? setImmediate : null;
    function b(e) {
      for (var i = n(l); i !== null;) {
        if (i.callback === null) r(l);
        else if (i.startTime <= e) (r(l), (i.sortIndex = i.expirationTime), t(c, i));
        else break;
        i = n(l);
      }
    }
    function x(e) {
      if (((h = !1), b(e), !m)) {
        if (n(c) !== null) ((m = !0), S || ((S = !0), te()));
        else {
          var t = n(l);
          t !== null && ie(x, t.startTime - e);
        }
      }
    }
    var S = !1,
      ee = -1,
      C = 5,
      w = -1;
    function T() {
      return g ? !0 : !(e.unstable_now() - w < C);
    }
    function E() {
      if (((g = !1), S)) {
        var t = e.unstable_now();
        w = t;
        var i = !0;
        try {
          a: {
            ((m = !1), h && ((h = !1), v(ee), (ee = -1)), (p = !0));
            var a = f;
            try {
              b: {
                for (b(t), d = n(c); d !== null && !(d.expirationTime > t && T());) {
                  var o = d.callback;
                  if (typeof o == `function`) {
                    ((d.callback = null), (f = d.priorityLevel));
                    var s = o(d.expirationTime <= t);
                    if (((t = e.unstable_now()), typeof s == `function`)) {
                      ((d.callback = s), b(t), (i = !0));
                      break b;
                    }
                    (d === n(c) && r(c), b(t));
                  } else r(c);
                  d = n(c);
                }
                if (d !== null) i = !0;
                else {
                  var u = n(l);
                  (u !== null && ie(x, u.startTime - t), (i = !1));
                }
              }
              break a;
            } finally {
              ((d = null), (f = a), (p = !1));
            }
            i = void 0;
          }
        } finally {
          i ? te() : (S = !1);
        }
      }
    }
    var te;
    if (typeof y == `function`)
      te = function () {
        y(E);
      };
    else if (typeof MessageChannel < `u`) {
      var ne = new MessageChannel(),
        re = ne.port2;
      ((ne.port1.onmessage = E),
        (te = function () {
          re.postMessage(null);
        }));
    } else
      te = function () {
        _(E, 0);
      };
    function ie(t, n) {
      ee = _(function () {
        t(e.unstable_now());
      }, n);
    }
    ((e.unstable_IdlePriority = 5),
      (e.unstable_ImmediatePriority = 1),
      (e.unstable_LowPriority = 4),
      (e.unstable_NormalPriority = 3),
      (e.unstable_Profiling = null),
      (e.unstable_UserBlockingPriority = 2),
      (e.unstable_cancelCallback = function (e) {
        e.callback = null;
      }),
      (e.unstable_forceFrameRate = function (e) {
        0 > e || 125 < e
          ? console.error(
              `forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported`,
            )
          : (C = 0 < e ? Math.floor(1e3 / e) : 5);
      }),
      (e.unstable_getCurrentPriorityLevel = function () {
        return f;
      }),
      (e.unstable_next = function (e) {
        switch (f) {
          case 1:
          case 2:
          case 3:
            var t = 3;
            break;
          default:
            t = f;
        }
        var n = f;
        f = t;
        try {
          return e();
        } finally {
          f = n;
        }
      }),
      (e.unstable_requestPaint = function () {
        g = !0;
      }),
      (e.unstable_runWithPriority = function (e, t) {
        switch (e) {
          case 1:
          case 2:
          case 3:
          case 4:
          case 5:
            break;
          default:
            e = 3;
        }
        var n = f;
        f = e;
        try {
          return t();
        } finally {
          f = n;
        }
      }),
      (e.unstable_scheduleCallback = function (r, i, a) {
        var o = e.unstable_now();
        switch (
          (typeof a == `object` && a ? ((a = a.delay), (a = typeof a == `number` && 0 < a ? o + a : o)) : (a = o), r)
        ) {
          case 1:
            var s = -1;
            break;
          case 2:
            s = 250;
            break;
          case 5:
            s = 1073741823;
            break;
          case 4:
            s = 1e4;
            break;
          default:
            s = 5e3;
        }
        return (
          (s = a + s),
          (r = { id: u++, callback: i, priorityLevel: r, startTime: a, expirationTime: s, sortIndex: -1 }),
          a > o
            ? ((r.sortIndex = a),
              t(l, r),
              n(c) === null && r === n(l) && (h ? (v(ee), (ee = -1)) : (h = !0), ie(x, a - o)))
            : ((r.sortIndex = s), t(c, r), m || p || ((m = !0), S || ((S = !0), te()))),
          r
        );
      }),
      (e.unstable_shouldYield = T),
      (e.unstable_wrapCallback = function (e) {
        var t = f;
        return function () {
          var n = f;
          f = t;
          try {
            return e.apply(this, arguments);
          } finally {
            f = n;
          }
        };
      }));
  }),
  i = e((e, t) => {
    t.exports = r();
  }),
  a = e((e) => {
    var t = n();
    function r(e) {
      var t = `https://react.dev/errors/` + e;
      if (1 < arguments.length) {
        t += `?args[]=` + encodeURIComponent(arguments[1]);
        for (var n = 2; n < arguments.length; n++) t += `&args[]=` + encodeURIComponent(arguments[n]);
      }
      return (
        `Minified React error #` +
        e +
        `; visit ` +
        t +
        ` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`
      );
    }
    function i() {}
    var a = {
        d: {
          f: i,
          r: function () {
            throw Error(r(522));
          },
          D: i,
          C: i,
          L: i,
          m: i,
          X: i,
          S: i,
          M: i,
        },
        p: 0,
        findDOMNode: null,
      },
      o = Symbol.for(`react.portal`),
      s = Symbol.for(`react.recoverable`),
      c = Symbol.for(`react.optimistic_key`);
    function l(e, t, n) {
      var r = 3 < arguments.length && arguments[3] !== void 0 ? arguments[3] : null;
      return {
        $$typeof: o,
        key: r == null ? null : r === c ? c : `` + r,
        children: e,
        containerInfo: t,
        implementation: n,
      };
    }
    var u = t.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
    function d(e, t) {
      if (e === `font`) return ``;
      if (typeof t == `string`) return t === `use-credentials` ? t : ``;
    }
    ((e.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = a),
      (e.browser = function (e) {
        return { $$typeof: s, _reason: e };
      }),
      (e.createPortal = function (e, t) {
        var n = 2 < arguments.length && arguments[2] !== void 0 ? arguments[2] : null;
        if (!t || (t.nodeType !== 1 && t.nodeType !== 9 && t.nodeType !== 11)) throw Error(r(299));
        return l(e, t, null, n);
      }),
      (e.flushSync = function (e) {
        var t = u.T,
          n = a.p;
        try {
          if (((u.T = null), (a.p = 2), e)) return e();
        } finally {
          ((u.T = t), (a.p = n), a.d.f());
        }
      }),
      (e.preconnect = function (e, t) {
        typeof e == `string` &&
          (t
            ? ((t = t.crossOrigin), (t = typeof t == `string` ? (t === `use-credentials` ? t : ``) : void 0))
            : (t = null),
          a.d.C(e, t));
      }),
      (e.prefetchDNS = function (e) {
        typeof e == `string` && a.d.D(e);
      }),
      (e.preinit = function (e, t) {
        if (typeof e == `string` && t && typeof t.as == `string`) {
          var n = t.as,
            r = d(n, t.crossOrigin),
            i = typeof t.integrity == `string` ? t.integrity : void 0,
            o = typeof t.fetchPriority == `string` ? t.fetchPriority : void 0;
          n === `style`
            ? a.d.S(e, typeof t.precedence == `string` ? t.precedence : void 0, {
                crossOrigin: r,
                integrity: i,
                fetchPriority: o,
              })
            : n === `script` &&
              a.d.X(e, {
                crossOrigin: r,
                integrity: i,
                fetchPriority: o,
                nonce: typeof t.nonce == `string` ? t.nonce : void 0,
              });
        }
      }),
      (e.preinitModule = function (e, t) {
        if (typeof e == `string`) {
          if (typeof t == `object` && t) {
            if (t.as == null || t.as === `script`) {
              var n = d(t.as, t.crossOrigin);
              a.d.M(e, {
                crossOrigin: n,
                integrity: typeof t.integrity == `string` ? t.integrity : void 0,
                nonce: typeof t.nonce == `string` ? t.nonce : void 0,
                fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
              });
            }
          } else t ?? a.d.M(e);
        }
      }),
      (e.preload = function (e, t) {
        if (typeof e == `string` && typeof t == `object` && t && typeof t.as == `string`) {
          var n = t.as,
            r = d(n, t.crossOrigin);
          a.d.L(e, n, {
            crossOrigin: r,
            integrity: typeof t.integrity == `string` ? t.integrity : void 0,
            nonce: typeof t.nonce == `string` ? t.nonce : void 0,
            type: typeof t.type == `string` ? t.type : void 0,
            fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
            referrerPolicy: typeof t.referrerPolicy == `string` ? t.referrerPolicy : void 0,
            imageSrcSet: typeof t.imageSrcSet == `string` ? t.imageSrcSet : void 0,
            imageSizes: typeof t.imageSizes == `string` ? t.imageSizes : void 0,
            media: typeof t.media == `string` ? t.media : void 0,
          });
        }
      }),
      (e.preloadModule = function (e, t) {
        if (typeof e == `string`) {
          if (t) {
            var n = d(t.as, t.crossOrigin);
            a.d.m(e, {
              as: typeof t.as == `string` && t.as !== `script` ? t.as : void 0,
              crossOrigin: n,
              integrity: typeof t.integrity == `string` ? t.integrity : void 0,
              nonce: typeof t.nonce == `string` ? t.nonce : void 0,
              fetchPriority: typeof t.fetchPriority == `string` ? t.fetchPriority : void 0,
            });
          } else a.d.m(e);
        }
      }),
      (e.requestFormReset = function (e) {
        a.d.r(e);
      }),
      (e.unstable_batchedUpdates = function (e, t) {
        return e(t);
      }),
      (e.useFormState = function (e, t, n) {
        return u.H.useFormState(e, t, n);
      }),
      (e.useFormStatus = function () {
        return u.H.useHostTransitionStatus();
      }),
      (e.version = `19.3.1`));
  }),
  o = e((e, t) => {
    function n() {
      if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` && typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE == `function`)
        try {
          __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n);
        } catch (e) {
          console.error(e);
        }
    }
    (n(), (t.exports = a()));
  }),
  s = e((e) => {
    var t = i(),
      r = n(),
      a = o();
    function s(e) {
      var t = `https://react.dev/errors/` + e;
      if (1 < arguments.length) {
        t += `?args[]=` + encodeURIComponent(arguments[1]);
        for (var n = 2; n < arguments.length; n++) t += `&args[]=` + encodeURIComponent(arguments[n]);
      }
      return (
        `Minified React error #` +
        e +
        `; visit ` +
        t +
        ` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`
      );
    }
    function c(e) {
      return !(!e || (e.nodeType !== 1 && e.nodeType !== 9 && e.nodeType !== 11));
    }
    function l(e) {
      for (var t = e, n = t; n && !n.alternate;) ((t = n), t.flags & 4098 && (e = t.return), (n = t.return));
      for (; t.return;) t = t.return;
      return t.tag === 3 ? e : null;
    }
    function u(e) {
      if (e.tag === 13) {
        var t = e.memoizedState;
        if ((t === null && ((e = e.alternate), e !== null && (t = e.memoizedState)), t !== null)) return t.dehydrated;
      }
      return null;
    }
    function d(e) {
      if (e.tag === 31) {
        var t = e.memoizedState;
        if ((t === null && ((e = e.alternate), e !== null && (t = e.memoizedState)), t !== null)) return t.dehydrated;
      }
      return null;
    }
    function f(e) {
      if (l(e) !== e) throw Error(s(188));
    }
    function p(e) {
      var t = e.alternate;
      if (!t) {
        if (((t = l(e)), t === null)) throw Error(s(188));
        return t === e ? e : null;
      }
      for (var n = e, r = t; ;) {
        var i = n.return;
        if (i === null) break;
        var a = i.alternate;
        if (a === null) {
          if (((r = i.return), r !== null)) {
            n = r;
            continue;
          }
          break;
        }
        if (i.child === a.child) {
          for (a = i.child; a;) {
            if (a === n) return (f(i), e);
            if (a === r) return (f(i), t);
            a = a.sibling;
          }
          throw Error(s(188));
        }
        if (n.return !== r.return) ((n = i), (r = a));
        else {
          for (var o = !1, c = i.child; c;) {
            if (c === n) {
              ((o = !0), (n = i), (r = a));
              break;
            }
            if (c === r) {
              ((o = !0), (r = i), (n = a));
              break;
            }
            c = c.sibling;
          }
          if (!o) {
            for (c = a.child; c;) {
              if (c === n) {
                ((o = !0), (n = a), (r = i));
                break;
              }
              if (c === r) {
                ((o = !0), (r = a), (n = i));
                break;
              }
              c = c.sibling;
            }
            if (!o) throw Error(s(189));
          }
        }
        if (n.alternate !== r) throw Error(s(190));
      }
      if (n.tag !== 3) throw Error(s(188));
      return n.stateNode.current === n ? e : t;
    }
    function m(e) {
      var t = e.tag;
      if (t === 5 || t === 26 || t === 27 || t === 6) return e;
      for (e = e.child; e !== null;) {
        if (((t = m(e)), t !== null)) return t;
        e = e.sibling;
      }
      return null;
    }
    function h(e, t, n, r, i, a) {
      for (; e !== null;) {
        if (
          ((e.tag === 5 || e.tag === 27 || e.tag === 6) && n(e, r, i, a)) ||
          ((e.tag !== 22 || e.memoizedState === null) &&
            (t || (e.tag !== 5 && e.tag !== 27)) &&
            h(e.child, t, n, r, i, a))
        )
          return !0;
        e = e.sibling;
      }
      return !1;
    }
    function g(e) {
      for (e = e.return; e !== null;) {
        if (e.tag === 3 || e.tag === 5 || e.tag === 27) return e;
        e = e.return;
      }
      return null;
    }
    function _(e) {
      var t = !1;
      for (e = e.return; e !== null && (e.tag === 4 && (t = !0), e.tag !== 3 && e.tag !== 5 && e.tag !== 27);)
        e = e.return;
      return t;
    }
    function v(e) {
      var t = [null, null],
        n = g(e);
      return (n === null || y(t, e, n.child, { foundSelf: !1 }), t);
    }
    function y(e, t, n, r) {
      for (; n !== null;) {
        if (n === t) r.foundSelf = !0;
        else if (n.tag === 5 || n.tag === 27 || n.tag === 6) {
          if (r.foundSelf) return ((e[1] = n), !0);
          e[0] = n;
        } else if ((n.tag !== 22 || n.memoizedState === null) && y(e, t, n.child, r)) return !0;
        n = n.sibling;
      }
      return !1;
    }
    function b(e) {
      switch (e.tag) {
        case 5:
        case 27:
        case 6:
          return e.stateNode;
        case 3:
          return e.stateNode.containerInfo;
        default:
          throw Error(s(559));
      }
    }
    var x = null,
      S = null;
    function ee(e, t, n) {
      return e === n || (e === t && ((x = e), !0));
    }
    function C(e, t, n) {
      return e === n ? ((S = e), !1) : e === t && (S !== null && (x = e), !0);
    }
    function w(e) {
      if (e === null) return null;
      do e = e === null ? null : e.return;
      while (e && e.tag !== 5 && e.tag !== 27 && e.tag !== 3);
      return e || null;
    }
    function T(e, t, n) {
      for (var r = 0, i = e; i; i = n(i)) r++;
      i = 0;
      for (var a = t; a; a = n(a)) i++;
      for (; 0 < r - i;) ((e = n(e)), r--);
      for (; 0 < i - r;) ((t = n(t)), i--);
      for (; r--;) {
        if (e === t || (t !== null && e === t.alternate)) return e;
        ((e = n(e)), (t = n(t)));
      }
      return null;
    }
    var E = Object.assign,
      te = Symbol.for(`react.element`),
      ne = Symbol.for(`react.transitional.element`),
      re = Symbol.for(`react.portal`),
      ie = Symbol.for(`react.fragment`),
      ae = Symbol.for(`react.strict_mode`),
      oe = Symbol.for(`react.profiler`),
      se = Symbol.for(`react.consumer`),
      ce = Symbol.for(`react.context`),
      le = Symbol.for(`react.forward_ref`),
      ue = Symbol.for(`react.suspense`),
      de = Symbol.for(`react.suspense_list`),
      fe = Symbol.for(`react.memo`),
      pe = Symbol.for(`react.lazy`),
      me = Symbol.for(`react.activity`),
      he = Symbol.for(`react.legacy_hidden`),
      ge = Symbol.for(`react.memo_cache_sentinel`),
      _e = Symbol.for(`react.view_transition`),
      ve = Symbol.for(`react.recoverable`),
      ye = Symbol.iterator;
    function be(e) {
      return typeof e != `object` || !e
        ? null
        : ((e = (ye && e[ye]) || e[`@@iterator`]), typeof e == `function` ? e : null);
    }
    var xe = Symbol.for(`react.client.reference`);
    function Se(e) {
      if (e == null) return null;
      if (typeof e == `function`) return e.$$typeof === xe ? null : e.displayName || e.name || null;
      if (typeof e == `string`) return e;
      switch (e) {
        case ie:
          return `Fragment`;
        case oe:
          return `Profiler`;
        case ae:
          return `StrictMode`;
        case ue:
          return `Suspense`;
        case de:
          return `SuspenseList`;
        case me:
          return `Activity`;
        case _e:
          return `ViewTransition`;
      }
      if (typeof e == `object`)
        switch (e.$$typeof) {
          case re:
            return `Portal`;
          case ce:
            return e.displayName || `Context`;
          case se:
            return (e._context.displayName || `Context`) + `.Consumer`;
          case le:
            var t = e.render;
            return (
              (e = e.displayName),
              (e ||= ((e = t.displayName || t.name || ``), e === `` ? `ForwardRef` : `ForwardRef(` + e + `)`)),
              e
            );
          case fe:
            return ((t = e.displayName || null), t === null ? Se(e.type) || `Memo` : t);
          case pe:
            ((t = e._payload), (e = e._init));
            try {
              return Se(e(t));
            } catch {}
        }
      return null;
    }
    var Ce = Array.isArray,
      D = r.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      O = a.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      we = { pending: !1, data: null, method: null, action: null },
      Te = [],
      Ee = -1;
    function De(e) {
      return { current: e };
    }
    function Oe(e) {
      0 > Ee || ((e.current = Te[Ee]), (Te[Ee] = null), Ee--);
    }
    function k(e, t) {
      (Ee++, (Te[Ee] = e.current), (e.current = t));
    }
    var ke = De(null),
      Ae = De(null),
      je = De(null),
      Me = De(null);
    function Ne(e, t) {
      switch ((k(je, t), k(Ae, e), k(ke, null), t.nodeType)) {
        case 9:
        case 11:
          e = (e = t.documentElement) && (e = e.namespaceURI) ? up(e) : 0;
          break;
        default:
          if (((e = t.tagName), (t = t.namespaceURI))) ((t = up(t)), (e = dp(t, e)));
          else
            switch (e) {
              case `svg`:
                e = 1;
                break;
              case `math`:
                e = 2;
                break;
              default:
                e = 0;
            }
      }
      (Oe(ke), k(ke, e));
    }
    function Pe() {
      (Oe(ke), Oe(Ae), Oe(je));
    }
    function Fe(e) {
      var t = e.memoizedState;
      (t !== null && ((sh._currentValue = t.memoizedState), k(Me, e)), (t = ke.current));
      var n = dp(t, e.type);
      t !== n && (k(Ae, e), k(ke, n));
    }
    function Ie(e) {
      (Ae.current === e && (Oe(ke), Oe(Ae)), Me.current === e && (Oe(Me), (sh._currentValue = we)));
    }
    var Le, Re;
    function ze(e) {
      if (Le === void 0)
        try {
          throw Error();
        } catch (e) {
          var t = e.stack.trim().match(/\n( *(at )?)/);
          ((Le = (t && t[1]) || ``),
            (Re =
              -1 <
              e.stack.indexOf(`
    at`)
                ? ` (<anonymous>)`
                : -1 < e.stack.indexOf(`@`)
                  ? `@unknown:0:0`
                  : ``));
        }
      return (
        `
` +
        Le +
        e +
        Re
      );
    }
    var Be = !1;
    function Ve(e, t) {
      if (!e || Be) return ``;
      Be = !0;
      var n = Error.prepareStackTrace;
      Error.prepareStackTrace = void 0;
      try {
        var r = {
          DetermineComponentFrameRoot: function () {
            try {
              if (t) {
                var n = function () {
                  throw Error();
                };
                if (
                  (Object.defineProperty(n.prototype, "props", {
                    set: function () {
                      throw Error();
                    },
                  }),
                  typeof Reflect == `object` && Reflect.construct)
                ) {
                  try {
                    Reflect.construct(n, []);
                  } catch (e) {
                    var r = e;
                  }
                  Reflect.construct(e, [], n);
                } else {
                  try {
                    n.call();
                  } catch (e) {
                    r = e;
                  }
                  n = !1;
                  try {
                    var i = Object.getOwnPropertyDescriptor(e.prototype, `props`);
                    (Object.defineProperty(e.prototype, "props", {
                      configurable: !0,
                      set: function () {
                        throw Error();
                      },
                    }),
                      (n = !0),
                      new e());
                  } finally {
                    n && (i === void 0 ? delete e.prototype.props : Object.defineProperty(e.prototype, "props", i));
                  }
                }
              } else {
                try {
                  throw Error();
                } catch (e) {
                  r = e;
                }
                (n = e()) && typeof n.catch == `function` && n.catch(function () {});
              }
            } catch (e) {
              if (e && r && typeof e.stack == `string`) return [e.stack, r.stack];
            }
            return [null, null];
          },
        };
        r.DetermineComponentFrameRoot.displayName = `DetermineComponentFrameRoot`;
        var i = Object.getOwnPropertyDescriptor(r.DetermineComponentFrameRoot, `name`);
        i &&
          i.configurable &&
          Object.defineProperty(r.DetermineComponentFrameRoot, "name", { value: `DetermineComponentFrameRoot` });
        var a = r.DetermineComponentFrameRoot(),
          o = a[0],
          s = a[1];
        if (o && s) {
          var c = o.split(`
`),
            l = s.split(`
`);
          for (i = r = 0; r < c.length && !c[r].includes(`DetermineComponentFrameRoot`);) r++;
          for (; i < l.length && !l[i].includes(`DetermineComponentFrameRoot`);) i++;
          if (r === c.length || i === l.length)
            for (r = c.length - 1, i = l.length - 1; 1 <= r && 0 <= i && c[r] !== l[i];) i--;
          for (; 1 <= r && 0 <= i; r--, i--)
            if (c[r] !== l[i]) {
              if (r !== 1 || i !== 1)
                do
                  if ((r--, i--, 0 > i || c[r] !== l[i])) {
                    var u =
                      `
` + c[r].replace(` at new `, ` at `);
                    return (
                      e.displayName && u.includes(`<anonymous>`) && (u = u.replace(`<anonymous>`, e.displayName)),
                      u
                    );
                  }
                while (1 <= r && 0 <= i);
              break;
            }
        }
      } finally {
        ((Be = !1), (Error.prepareStackTrace = n));
      }
      return (n = e ? e.displayName || e.name : ``) ? ze(n) : ``;
    }
    function He(e, t) {
      switch (e.tag) {
        case 26:
        case 27:
        case 5:
          return ze(e.type);
        case 16:
          return ze(`Lazy`);
        case 13:
          return e.child !== t && t !== null ? ze(`Suspense Fallback`) : ze(`Suspense`);
        case 19:
          return ze(`SuspenseList`);
        case 0:
        case 15:
          return Ve(e.type, !1);
        case 11:
          return Ve(e.type.render, !1);
        case 1:
          return Ve(e.type, !0);
        case 31:
          return ze(`Activity`);
        case 30:
          return ze(`ViewTransition`);
        default:
          return ``;
      }
    }
    function Ue(e) {
      try {
        var t = ``,
          n = null;
        do ((t += He(e, n)), (n = e), (e = e.return));
        while (e);
        return t;
      } catch (e) {
        return (
          `
Error generating stack: ` +
          e.message +
          `
` +
          e.stack
        );
      }
    }
    var We = Object.prototype.hasOwnProperty,
      Ge = t.unstable_scheduleCallback,
      Ke = t.unstable_cancelCallback,
      qe = t.unstable_shouldYield,
      Je = t.unstable_requestPaint,
      Ye = t.unstable_now,
      Xe = t.unstable_getCurrentPriorityLevel,
      Ze = t.unstable_ImmediatePriority,
      Qe = t.unstable_UserBlockingPriority,
      $e = t.unstable_NormalPriority,
      et = t.unstable_LowPriority,
      tt = t.unstable_IdlePriority,
      nt = t.log,
      rt = t.unstable_setDisableYieldValue,
      it = null,
      at = null;
    function ot(e) {
      if ((typeof nt == `function` && rt(e), at && typeof at.setStrictMode == `function`))
        try {
          at.setStrictMode(it, e);
        } catch {}
    }
    var st = Math.clz32 ? Math.clz32 : ut,
      ct = Math.log,
      lt = Math.LN2;
    function ut(e) {
      return ((e >>>= 0), e === 0 ? 32 : (31 - ((ct(e) / lt) | 0)) | 0);
    }
    var dt = 256,
      ft = 262144,
      pt = 4194304;
    function mt(e) {
      var t = e & 42;
      if (t !== 0) return t;
      switch (e & -e) {
        case 1:
          return 1;
        case 2:
          return 2;
        case 4:
          return 4;
        case 8:
          return 8;
        case 16:
          return 16;
        case 32:
          return 32;
        case 64:
          return 64;
        case 128:
          return 128;
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
          return e & -e;
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
          return e & 3932160;
        case 4194304:
        case 8388608:
        case 16777216:
        case 33554432:
          return e & 62914560;
        case 67108864:
          return 67108864;
        case 134217728:
          return 134217728;
        case 268435456:
          return 268435456;
        case 536870912:
          return 536870912;
        case 1073741824:
          return 0;
        default:
          return e;
      }
    }
    function ht(e, t, n) {
      var r = e.pendingLanes;
      if (r === 0) return 0;
      var i = 0,
        a = e.suspendedLanes,
        o = e.pingedLanes;
      e = e.warmLanes;
      var s = r & 134217727;
      return (
        s === 0
          ? ((s = r & ~a),
            s === 0 ? (o === 0 ? n || ((n = r & ~e), n !== 0 && (i = mt(n))) : (i = mt(o))) : (i = mt(s)))
          : ((r = s & ~a),
            r === 0 ? ((o &= s), o === 0 ? n || ((n = s & ~e), n !== 0 && (i = mt(n))) : (i = mt(o))) : (i = mt(r))),
        i === 0
          ? 0
          : t !== 0 && t !== i && (t & a) === 0 && ((a = i & -i), (n = t & -t), a >= n || (a === 32 && n & 4194048))
            ? t
            : i
      );
    }
    function gt(e, t) {
      return (e.pendingLanes & ~(e.suspendedLanes & ~e.pingedLanes) & t) === 0;
    }
    function _t(e, t) {
      t & 8 && (t |= t & 32);
      var n = e.entangledLanes;
      if (n !== 0)
        for (e = e.entanglements, n &= t; 0 < n;) {
          var r = 31 - st(n),
            i = 1 << r;
          ((t |= e[r]), (n &= ~i));
        }
      return t;
    }
    function vt(e, t) {
      switch (e) {
        case 1:
        case 2:
        case 4:
        case 8:
        case 64:
          return t + 250;
        case 16:
        case 32:
        case 128:
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
          return t + 5e3;
        case 4194304:
        case 8388608:
        case 16777216:
        case 33554432:
          return -1;
        case 67108864:
        case 134217728:
        case 268435456:
        case 536870912:
        case 1073741824:
          return -1;
        default:
          return -1;
      }
    }
    function yt() {
      var e = pt;
      return ((pt <<= 1), !(pt & 62914560) && (pt = 4194304), e);
    }
    function bt(e) {
      for (var t = [], n = 0; 31 > n; n++) t.push(e);
      return t;
    }
    function xt(e, t) {
      ((e.pendingLanes |= t), t !== 268435456 && ((e.suspendedLanes = 0), (e.pingedLanes = 0), (e.warmLanes = 0)));
    }
    function St(e, t, n, r, i, a) {
      var o = e.pendingLanes;
      ((e.pendingLanes = n),
        (e.suspendedLanes = 0),
        (e.pingedLanes = 0),
        (e.warmLanes = 0),
        (e.expiredLanes &= n),
        (e.entangledLanes &= n),
        (e.errorRecoveryDisabledLanes &= n),
        (e.shellSuspendCounter = 0));
      var s = e.entanglements,
        c = e.expirationTimes,
        l = e.hiddenUpdates;
      for (n = o & ~n; 0 < n;) {
        var u = 31 - st(n),
          d = 1 << u;
        ((s[u] = 0), (c[u] = -1));
        var f = l[u];
        if (f !== null)
          for (l[u] = null, u = 0; u < f.length; u++) {
            var p = f[u];
            p !== null && (p.lane &= -536870913);
          }
        n &= ~d;
      }
      (r !== 0 && Ct(e, r, 0), a !== 0 && i === 0 && e.tag !== 0 && (e.suspendedLanes |= a & ~(o & ~t)));
    }
    function Ct(e, t, n) {
      ((e.pendingLanes |= t), (e.suspendedLanes &= ~t));
      var r = 31 - st(t);
      ((e.entangledLanes |= t), (e.entanglements[r] = e.entanglements[r] | 1073741824 | (n & 261930)));
    }
    function wt(e, t) {
      var n = (e.entangledLanes |= t);
      for (e = e.entanglements; n;) {
        var r = 31 - st(n),
          i = 1 << r;
        ((i & t) | (e[r] & t) && (e[r] |= t), (n &= ~i));
      }
    }
    function Tt(e, t) {
      var n = t & -t;
      return ((n = n & 42 ? 1 : Et(n)), (n & (e.suspendedLanes | t)) === 0 ? n : 0);
    }
    function Et(e) {
      switch (e) {
        case 2:
          e = 1;
          break;
        case 8:
          e = 4;
          break;
        case 32:
          e = 16;
          break;
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
        case 4194304:
        case 8388608:
        case 16777216:
        case 33554432:
          e = 128;
          break;
        case 268435456:
          e = 134217728;
          break;
        default:
          e = 0;
      }
      return e;
    }
    function Dt(e) {
      return ((e &= -e), 2 < e ? (8 < e ? (e & 134217727 ? 32 : 268435456) : 8) : 2);
    }
    function Ot() {
      var e = O.p;
      return e === 0 ? ((e = window.event), e === void 0 ? 32 : Ch(e.type)) : e;
    }
    function kt(e, t) {
      var n = O.p;
      try {
        return ((O.p = e), t());
      } finally {
        O.p = n;
      }
    }
    var At = Math.random().toString(36).slice(2),
      A = `__reactFiber$` + At,
      jt = `__reactProps$` + At,
      Mt = `__reactContainer$` + At,
      Nt = `__reactEvents$` + At,
      Pt = `__reactListeners$` + At,
      Ft = `__reactHandles$` + At,
      It = `__reactResources$` + At,
      Lt = `__reactMarker$` + At,
      Rt = `__reactLoad$` + At;
    function zt(e) {
      (delete e[A], delete e[jt], delete e[Pt], delete e[Ft]);
    }
    function Bt(e) {
      var t;
      if ((t = e[A])) return t;
      for (var n = e.parentNode; n;) {
        if ((t = n[Mt] || n[A])) {
          if (((n = t.alternate), t.child !== null || (n !== null && n.child !== null)))
            for (e = fm(e); e !== null;) {
              if ((n = e[A])) return n;
              e = fm(e);
            }
          return t;
        }
        ((e = n), (n = e.parentNode));
      }
      return null;
    }
    function Vt(e) {
      if ((e = e[A] || e[Mt])) {
        var t = e.tag;
        if (t === 5 || t === 6 || t === 13 || t === 31 || t === 26 || t === 27 || t === 3) return e;
      }
      return null;
    }
    function Ht(e) {
      var t = e.tag;
      if (t === 5 || t === 26 || t === 27 || t === 6) return e.stateNode;
      throw Error(s(33));
    }
    function Ut(e) {
      var t = e[It];
      return ((t ||= e[It] = { hoistableStyles: new Map(), hoistableScripts: new Map() }), t);
    }
    function Wt(e) {
      e[Lt] = !0;
    }
    function Gt(e) {
      e[Rt] = void 0;
    }
    var Kt = new Set(),
      qt = {};
    function Jt(e, t) {
      (j(e, t), j(e + `Capture`, t));
    }
    function j(e, t) {
      for (qt[e] = t, e = 0; e < t.length; e++) Kt.add(t[e]);
    }
    var Yt = RegExp(
        `^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`,
      ),
      M = {},
      Xt = {};
    function Zt(e) {
      return We.call(Xt, e) ? !0 : We.call(M, e) ? !1 : Yt.test(e) ? (Xt[e] = !0) : ((M[e] = !0), !1);
    }
    var N = !1;
    function Qt() {
      var e = N;
      return ((N = !1), e);
    }
    function $t(e, t, n) {
      if (Zt(t)) {
        if (n === null) e.removeAttribute(t);
        else {
          switch (typeof n) {
            case `undefined`:
            case `function`:
            case `symbol`:
              e.removeAttribute(t);
              return;
            case `boolean`:
              var r = t.toLowerCase().slice(0, 5);
              if (r !== `data-` && r !== `aria-`) {
                e.removeAttribute(t);
                return;
              }
          }
          e.setAttribute(t, n);
        }
      }
    }
    function en(e, t, n) {
      if (n === null) e.removeAttribute(t);
      else {
        switch (typeof n) {
          case `undefined`:
          case `function`:
          case `symbol`:
          case `boolean`:
            e.removeAttribute(t);
            return;
        }
        e.setAttribute(t, n);
      }
    }
    function tn(e, t, n, r) {
      if (r === null) e.removeAttribute(n);
      else {
        switch (typeof r) {
          case `undefined`:
          case `function`:
          case `symbol`:
          case `boolean`:
            e.removeAttribute(n);
            return;
        }
        e.setAttributeNS(t, n, r);
      }
    }
    function nn(e) {
      switch (typeof e) {
        case `bigint`:
        case `boolean`:
        case `number`:
        case `string`:
        case `undefined`:
          return e;
        case `object`:
          return e;
        default:
          return ``;
      }
    }
    function rn(e) {
      var t = e.type;
      return (e = e.nodeName) && e.toLowerCase() === `input` && (t === `checkbox` || t === `radio`);
    }
    function an(e, t, n) {
      var r = Object.getOwnPropertyDescriptor(e.constructor.prototype, t);
      if (!e.hasOwnProperty(t) && r !== void 0 && typeof r.get == `function` && typeof r.set == `function`) {
        var i = r.get,
          a = r.set;
        return (
          Object.defineProperty(e, t, {
            configurable: !0,
            get: function () {
              return i.call(this);
            },
            set: function (e) {
              ((n = `` + e), a.call(this, e));
            },
          }),
          Object.defineProperty(e, t, { enumerable: r.enumerable }),
          {
            getValue: function () {
              return n;
            },
            setValue: function (e) {
              n = `` + e;
            },
            stopTracking: function () {
              ((e._valueTracker = null), delete e[t]);
            },
          }
        );
      }
    }
    function on(e) {
      if (!e._valueTracker) {
        var t = rn(e) ? `checked` : `value`;
        e._valueTracker = an(e, t, `` + e[t]);
      }
    }
    function sn(e) {
      if (!e) return !1;
      var t = e._valueTracker;
      if (!t) return !0;
      var n = t.getValue(),
        r = ``;
      return (e && (r = rn(e) ? (e.checked ? `true` : `false`) : e.value), (e = r), e !== n && (t.setValue(e), !0));
    }
    var cn = /[\n"\\]/g;
    function ln(e) {
      return e.replace(cn, function (e) {
        return `\\` + e.charCodeAt(0).toString(16) + ` `;
      });
    }
    function un(e, t, n, r, i, a, o, s) {
      ((e.name = ``),
        o != null && typeof o != `function` && typeof o != `symbol` && typeof o != `boolean`
          ? (e.type = o)
          : e.removeAttribute(`type`),
        t == null
          ? (o !== `submit` && o !== `reset`) || e.removeAttribute(`value`)
          : o === `number`
            ? ((t === 0 && e.value === ``) || e.value != t) && (e.value = `` + nn(t))
            : e.value !== `` + nn(t) && (e.value = `` + nn(t)),
        t == null
          ? n == null
            ? r != null && e.removeAttribute(`value`)
            : fn(e, nn(n))
          : o === `number` && e.value == t
            ? fn(e, nn(e.value))
            : fn(e, nn(t)),
        i == null && a != null && (e.defaultChecked = !!a),
        i != null && (e.checked = i && typeof i != `function` && typeof i != `symbol`),
        s != null && typeof s != `function` && typeof s != `symbol` && typeof s != `boolean`
          ? (e.name = `` + nn(s))
          : e.removeAttribute(`name`));
    }
    function dn(e, t, n, r, i, a, o, s) {
      if (
        (a != null && typeof a != `function` && typeof a != `symbol` && typeof a != `boolean` && (e.type = a),
        t != null || n != null)
      ) {
        if (!((a !== `submit` && a !== `reset`) || t != null)) {
          on(e);
          return;
        }
        ((n = n == null ? `` : `` + nn(n)),
          (t = t == null ? n : `` + nn(t)),
          s || t === e.value || (e.value = t),
          (e.defaultValue = t));
      }
      ((r ??= i),
        (r = typeof r != `function` && typeof r != `symbol` && !!r),
        (e.checked = s ? e.checked : !!r),
        (e.defaultChecked = !!r),
        o != null && typeof o != `function` && typeof o != `symbol` && typeof o != `boolean` && (e.name = o),
        on(e));
    }
    function fn(e, t) {
      e.defaultValue !== `` + t && (e.defaultValue = `` + t);
    }
    function pn(e, t, n, r) {
      if (((e = e.options), t)) {
        t = {};
        for (var i = 0; i < n.length; i++) t[`$` + n[i]] = !0;
        for (n = 0; n < e.length; n++)
          ((i = t.hasOwnProperty(`$` + e[n].value)),
            e[n].selected !== i && (e[n].selected = i),
            i && r && (e[n].defaultSelected = !0));
      } else {
        for (n = `` + nn(n), t = null, i = 0; i < e.length; i++) {
          if (e[i].value === n) {
            ((e[i].selected = !0), r && (e[i].defaultSelected = !0));
            return;
          }
          t !== null || e[i].disabled || (t = e[i]);
        }
        t !== null && (t.selected = !0);
      }
    }
    function mn(e, t, n) {
      t != null && ((t = `` + nn(t)), t !== e.value && (e.value = t), n == null)
        ? e.defaultValue !== t && (e.defaultValue = t)
        : (e.defaultValue = n == null ? `` : `` + nn(n));
    }
    function hn(e, t, n, r) {
      if (t == null) {
        if (r != null) {
          if (n != null) throw Error(s(92));
          if (Ce(r)) {
            if (1 < r.length) throw Error(s(93));
            r = r[0];
          }
          n = r;
        }
        ((n ??= ``), (t = n));
      }
      ((n = nn(t)),
        (e.defaultValue = n),
        (r = e.textContent),
        r === n && r !== `` && r !== null && (e.value = r),
        on(e));
    }
    function gn(e, t) {
      if (t) {
        var n = e.firstChild;
        if (n && n === e.lastChild && n.nodeType === 3) {
          n.nodeValue = t;
          return;
        }
      }
      e.textContent = t;
    }
    var _n = new Set(
      `animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp`.split(
        ` `,
      ),
    );
    function vn(e, t, n) {
      var r = t.indexOf(`--`) === 0;
      n == null || typeof n == `boolean` || n === ``
        ? r
          ? e.setProperty(t, ``)
          : t === `float`
            ? (e.cssFloat = ``)
            : (e[t] = ``)
        : r
          ? e.setProperty(t, n)
          : typeof n != `number` || n === 0 || _n.has(t)
            ? t === `float`
              ? (e.cssFloat = n)
              : (e[t] = (`` + n).trim())
            : (e[t] = n + `px`);
    }
    function yn(e, t, n) {
      if (t != null && typeof t != `object`) throw Error(s(62));
      if (((e = e.style), n != null)) {
        for (var r in n)
          !n.hasOwnProperty(r) ||
            (t != null && t.hasOwnProperty(r)) ||
            (r.indexOf(`--`) === 0 ? e.setProperty(r, ``) : r === `float` ? (e.cssFloat = ``) : (e[r] = ``), (N = !0));
        for (var i in t) ((r = t[i]), t.hasOwnProperty(i) && n[i] !== r && (vn(e, i, r), (N = !0)));
      } else for (var a in t) t.hasOwnProperty(a) && vn(e, a, t[a]);
    }
    function bn(e) {
      if (e.indexOf(`-`) === -1) return !1;
      switch (e) {
        case `annotation-xml`:
        case `color-profile`:
        case `font-face`:
        case `font-face-src`:
        case `font-face-uri`:
        case `font-face-format`:
        case `font-face-name`:
        case `missing-glyph`:
          return !1;
        default:
          return !0;
      }
    }
    var xn = new Map([
        [`acceptCharset`, `accept-charset`],
        [`htmlFor`, `for`],
        [`httpEquiv`, `http-equiv`],
        [`crossOrigin`, `crossorigin`],
        [`accentHeight`, `accent-height`],
        [`alignmentBaseline`, `alignment-baseline`],
        [`arabicForm`, `arabic-form`],
        [`baselineShift`, `baseline-shift`],
        [`capHeight`, `cap-height`],
        [`clipPath`, `clip-path`],
        [`clipRule`, `clip-rule`],
        [`colorInterpolation`, `color-interpolation`],
        [`colorInterpolationFilters`, `color-interpolation-filters`],
        [`colorProfile`, `color-profile`],
        [`colorRendering`, `color-rendering`],
        [`dominantBaseline`, `dominant-baseline`],
        [`enableBackground`, `enable-background`],
        [`fillOpacity`, `fill-opacity`],
        [`fillRule`, `fill-rule`],
        [`floodColor`, `flood-color`],
        [`floodOpacity`, `flood-opacity`],
        [`fontFamily`, `font-family`],
        [`fontSize`, `font-size`],
        [`fontSizeAdjust`, `font-size-adjust`],
        [`fontStretch`, `font-stretch`],
        [`fontStyle`, `font-style`],
        [`fontVariant`, `font-variant`],
        [`fontWeight`, `font-weight`],
        [`glyphName`, `glyph-name`],
        [`glyphOrientationHorizontal`, `glyph-orientation-horizontal`],
        [`glyphOrientationVertical`, `glyph-orientation-vertical`],
        [`horizAdvX`, `horiz-adv-x`],
        [`horizOriginX`, `horiz-origin-x`],
        [`imageRendering`, `image-rendering`],
        [`letterSpacing`, `letter-spacing`],
        [`lightingColor`, `lighting-color`],
        [`markerEnd`, `marker-end`],
        [`markerMid`, `marker-mid`],
        [`markerStart`, `marker-start`],
        [`maskType`, `mask-type`],
        [`overlinePosition`, `overline-position`],
        [`overlineThickness`, `overline-thickness`],
        [`paintOrder`, `paint-order`],
        [`panose-1`, `panose-1`],
        [`pointerEvents`, `pointer-events`],
        [`renderingIntent`, `rendering-intent`],
        [`shapeRendering`, `shape-rendering`],
        [`stopColor`, `stop-color`],
        [`stopOpacity`, `stop-opacity`],
        [`strikethroughPosition`, `strikethrough-position`],
        [`strikethroughThickness`, `strikethrough-thickness`],
        [`strokeDasharray`, `stroke-dasharray`],
        [`strokeDashoffset`, `stroke-dashoffset`],
        [`strokeLinecap`, `stroke-linecap`],
        [`strokeLinejoin`, `stroke-linejoin`],
        [`strokeMiterlimit`, `stroke-miterlimit`],
        [`strokeOpacity`, `stroke-opacity`],
        [`strokeWidth`, `stroke-width`],
        [`textAnchor`, `text-anchor`],
        [`textDecoration`, `text-decoration`],
        [`textRendering`, `text-rendering`],
        [`transformOrigin`, `transform-origin`],
        [`underlinePosition`, `underline-position`],
        [`underlineThickness`, `underline-thickness`],
        [`unicodeBidi`, `unicode-bidi`],
        [`unicodeRange`, `unicode-range`],
        [`unitsPerEm`, `units-per-em`],
        [`vAlphabetic`, `v-alphabetic`],
        [`vHanging`, `v-hanging`],
        [`vIdeographic`, `v-ideographic`],
        [`vMathematical`, `v-mathematical`],
        [`vectorEffect`, `vector-effect`],
        [`vertAdvY`, `vert-adv-y`],
        [`vertOriginX`, `vert-origin-x`],
        [`vertOriginY`, `vert-origin-y`],
        [`wordSpacing`, `word-spacing`],
        [`writingMode`, `writing-mode`],
        [`xmlnsXlink`, `xmlns:xlink`],
        [`xHeight`, `x-height`],
      ]),
      Sn =
        /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
    function Cn(e) {
      return Sn.test(`` + e)
        ? `javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')`
        : e;
    }
    function wn() {}
    var Tn = null;
    function En(e) {
      return (
        (e = e.target || e.srcElement || window),
        e.correspondingUseElement && (e = e.correspondingUseElement),
        e.nodeType === 3 ? e.parentNode : e
      );
    }
    var Dn = null,
      On = null;
    function kn(e) {
      var t = Vt(e);
      if (t && (e = t.stateNode)) {
        var n = e[jt] || null;
        a: switch (((e = t.stateNode), t.type)) {
          case `input`:
            if (
              (un(e, n.value, n.defaultValue, n.defaultValue, n.checked, n.defaultChecked, n.type, n.name),
              (t = n.name),
              n.type === `radio` && t != null)
            ) {
              for (n = e; n.parentNode;) n = n.parentNode;
              for (n = n.querySelectorAll(`input[name="` + ln(`` + t) + `"][type="radio"]`), t = 0; t < n.length; t++) {
                var r = n[t];
                if (r !== e && r.form === e.form) {
                  var i = r[jt] || null;
                  if (!i) throw Error(s(90));
                  un(r, i.value, i.defaultValue, i.defaultValue, i.checked, i.defaultChecked, i.type, i.name);
                }
              }
              for (t = 0; t < n.length; t++) ((r = n[t]), r.form === e.form && sn(r));
            }
            break a;
          case `textarea`:
            mn(e, n.value, n.defaultValue);
            break a;
          case `select`:
            ((t = n.value), t != null && pn(e, !!n.multiple, t, !1));
        }
      }
    }
    var An = !1;
    function jn(e, t, n) {
      if (An) return e(t, n);
      An = !0;
      try {
        return e(t);
      } finally {
        if (((An = !1), (Dn !== null || On !== null) && (zd(), Dn && ((t = Dn), (e = On), (On = Dn = null), kn(t), e))))
          for (t = 0; t < e.length; t++) kn(e[t]);
      }
    }
    function Mn(e, t) {
      var n = e.stateNode;
      if (n === null) return null;
      var r = n[jt] || null;
      if (r === null) return null;
      n = r[t];
      a: switch (t) {
        case `onClick`:
        case `onClickCapture`:
        case `onDoubleClick`:
        case `onDoubleClickCapture`:
        case `onMouseDown`:
        case `onMouseDownCapture`:
        case `onMouseMove`:
        case `onMouseMoveCapture`:
        case `onMouseUp`:
        case `onMouseUpCapture`:
        case `onMouseEnter`:
          ((r = !r.disabled) ||
            ((e = e.type), (r = e !== `button` && e !== `input` && e !== `select` && e !== `textarea`)),
            (e = !r));
          break a;
        default:
          e = !1;
      }
      if (e) return null;
      if (n && typeof n != `function`) throw Error(s(231, t, typeof n));
      return n;
    }
    var Nn = typeof window < `u` && window.document !== void 0 && window.document.createElement !== void 0,
      Pn = !1;
    if (Nn)
      try {
        var Fn = {};
        (Object.defineProperty(Fn, "passive", {
          get: function () {
            Pn = !0;
          },
        }),
          window.addEventListener(`test`, Fn, Fn),
          window.removeEventListener(`test`, Fn, Fn));
      } catch {
        Pn = !1;
      }
    var In = null,
      Ln = null,
      Rn = null;
    function zn() {
      if (Rn) return Rn;
      var e,
        t = Ln,
        n = t.length,
        r,
        i = `value` in In ? In.value : In.textContent,
        a = i.length;
      for (e = 0; e < n && t[e] === i[e]; e++);
      var o = n - e;
      for (r = 1; r <= o && t[n - r] === i[a - r]; r++);
      return (Rn = i.slice(e, 1 < r ? 1 - r : void 0));
    }
    function Bn(e) {
      var t = e.keyCode;
      return (
        `charCode` in e ? ((e = e.charCode), e === 0 && t === 13 && (e = 13)) : (e = t),
        e === 10 && (e = 13),
        32 <= e || e === 13 ? e : 0
      );
    }
    function Vn() {
      return !0;
    }
    function Hn() {
      return !1;
    }
    function Un(e) {
      function t(t, n, r, i, a) {
        for (var o in ((this._reactName = t),
        (this._targetInst = r),
        (this.type = n),
        (this.nativeEvent = i),
        (this.target = a),
        (this.currentTarget = null),
        e))
          e.hasOwnProperty(o) && ((t = e[o]), (this[o] = t ? t(i) : i[o]));
        return (
          (this.isDefaultPrevented = (i.defaultPrevented == null ? !1 === i.returnValue : i.defaultPrevented)
            ? Vn
            : Hn),
          (this.isPropagationStopped = Hn),
          this
        );
      }
      return (
        E(t.prototype, {
          preventDefault: function () {
            this.defaultPrevented = !0;
            var e = this.nativeEvent;
            e &&
              (e.preventDefault ? e.preventDefault() : typeof e.returnValue != `unknown` && (e.returnValue = !1),
              (this.isDefaultPrevented = Vn));
          },
          stopPropagation: function () {
            var e = this.nativeEvent;
            e &&
              (e.stopPropagation ? e.stopPropagation() : typeof e.cancelBubble != `unknown` && (e.cancelBubble = !0),
              (this.isPropagationStopped = Vn));
          },
          persist: function () {},
          isPersistent: Vn,
        }),
        t
      );
    }
    var Wn = {
        eventPhase: 0,
        bubbles: 0,
        cancelable: 0,
        timeStamp: function (e) {
          return e.timeStamp || Date.now();
        },
        defaultPrevented: 0,
        isTrusted: 0,
      },
      Gn = Un(Wn),
      Kn = E({}, Wn, { view: 0, detail: 0 }),
      qn = Un(Kn),
      Jn,
      Yn,
      Xn,
      Zn = E({}, Kn, {
        screenX: 0,
        screenY: 0,
        clientX: 0,
        clientY: 0,
        pageX: 0,
        pageY: 0,
        ctrlKey: 0,
        shiftKey: 0,
        altKey: 0,
        metaKey: 0,
        getModifierState: cr,
        button: 0,
        buttons: 0,
        relatedTarget: function (e) {
          return e.relatedTarget === void 0
            ? e.fromElement === e.srcElement
              ? e.toElement
              : e.fromElement
            : e.relatedTarget;
        },
        movementX: function (e) {
          return `movementX` in e
            ? e.movementX
            : (e !== Xn &&
                (Xn && e.type === `mousemove`
                  ? ((Jn = e.screenX - Xn.screenX), (Yn = e.screenY - Xn.screenY))
                  : (Yn = Jn = 0),
                (Xn = e)),
              Jn);
        },
        movementY: function (e) {
          return `movementY` in e ? e.movementY : Yn;
        },
      }),
      Qn = Un(Zn),
      $n = Un(E({}, Zn, { dataTransfer: 0 })),
      er = Un(E({}, Kn, { relatedTarget: 0 })),
      tr = Un(E({}, Wn, { animationName: 0, elapsedTime: 0, pseudoElement: 0 })),
      nr = Un(
        E({}, Wn, {
          clipboardData: function (e) {
            return `clipboardData` in e ? e.clipboardData : window.clipboardData;
          },
        }),
      ),
      rr = Un(E({}, Wn, { data: 0 })),
      ir = {
        Esc: `Escape`,
        Spacebar: ` `,
        Left: `ArrowLeft`,
        Up: `ArrowUp`,
        Right: `ArrowRight`,
        Down: `ArrowDown`,
        Del: `Delete`,
        Win: `OS`,
        Menu: `ContextMenu`,
        Apps: `ContextMenu`,
        Scroll: `ScrollLock`,
        MozPrintableKey: `Unidentified`,
      },
      ar = {
        8: `Backspace`,
        9: `Tab`,
        12: `Clear`,
        13: `Enter`,
        16: `Shift`,
        17: `Control`,
        18: `Alt`,
        19: `Pause`,
        20: `CapsLock`,
        27: `Escape`,
        32: ` `,
        33: `PageUp`,
        34: `PageDown`,
        35: `End`,
        36: `Home`,
        37: `ArrowLeft`,
        38: `ArrowUp`,
        39: `ArrowRight`,
        40: `ArrowDown`,
        45: `Insert`,
        46: `Delete`,
        112: `F1`,
        113: `F2`,
        114: `F3`,
        115: `F4`,
        116: `F5`,
        117: `F6`,
        118: `F7`,
        119: `F8`,
        120: `F9`,
        121: `F10`,
        122: `F11`,
        123: `F12`,
        144: `NumLock`,
        145: `ScrollLock`,
        224: `Meta`,
      },
      or = { Alt: `altKey`, Control: `ctrlKey`, Meta: `metaKey`, Shift: `shiftKey` };
    function sr(e) {
      var t = this.nativeEvent;
      return t.getModifierState ? t.getModifierState(e) : (e = or[e]) ? !!t[e] : !1;
    }
    function cr() {
      return sr;
    }
    var lr = Un(
        E({}, Kn, {
          key: function (e) {
            if (e.key) {
              var t = ir[e.key] || e.key;
              if (t !== `Unidentified`) return t;
            }
            return e.type === `keypress`
              ? ((e = Bn(e)), e === 13 ? `Enter` : String.fromCharCode(e))
              : e.type === `keydown` || e.type === `keyup`
                ? ar[e.keyCode] || `Unidentified`
                : ``;
          },
          code: 0,
          location: 0,
          ctrlKey: 0,
          shiftKey: 0,
          altKey: 0,
          metaKey: 0,
          repeat: 0,
          locale: 0,
          getModifierState: cr,
          charCode: function (e) {
            return e.type === `keypress` ? Bn(e) : 0;
          },
          keyCode: function (e) {
            return e.type === `keydown` || e.type === `keyup` ? e.keyCode : 0;
          },
          which: function (e) {
            return e.type === `keypress` ? Bn(e) : e.type === `keydown` || e.type === `keyup` ? e.keyCode : 0;
          },
        }),
      ),
      ur = Un(
        E({}, Zn, {
          pointerId: 0,
          width: 0,
          height: 0,
          pressure: 0,
          tangentialPressure: 0,
          tiltX: 0,
          tiltY: 0,
          twist: 0,
          pointerType: 0,
          isPrimary: 0,
        }),
      ),
      dr = Un(E({}, Wn, { submitter: 0 })),
      fr = Un(
        E({}, Kn, {
          touches: 0,
          targetTouches: 0,
          changedTouches: 0,
          altKey: 0,
          metaKey: 0,
          ctrlKey: 0,
          shiftKey: 0,
          getModifierState: cr,
        }),
      ),
      pr = Un(E({}, Wn, { propertyName: 0, elapsedTime: 0, pseudoElement: 0 })),
      mr = Un(
        E({}, Zn, {
          deltaX: function (e) {
            return `deltaX` in e ? e.deltaX : `wheelDeltaX` in e ? -e.wheelDeltaX : 0;
          },
          deltaY: function (e) {
            return `deltaY` in e
              ? e.deltaY
              : `wheelDeltaY` in e
                ? -e.wheelDeltaY
                : `wheelDelta` in e
                  ? -e.wheelDelta
                  : 0;
          },
          deltaZ: 0,
          deltaMode: 0,
        }),
      ),
      hr = Un(E({}, Wn, { newState: 0, oldState: 0, source: 0 })),
      gr = [9, 13, 27, 32],
      _r = Nn && `CompositionEvent` in window,
      vr = null;
    Nn && `documentMode` in document && (vr = document.documentMode);
    var yr = Nn && `TextEvent` in window && !vr,
      br = Nn && (!_r || (vr && 8 < vr && 11 >= vr)),
      xr = ` `,
      Sr = !1;
    function Cr(e, t) {
      switch (e) {
        case `keyup`:
          return gr.indexOf(t.keyCode) !== -1;
        case `keydown`:
          return t.keyCode !== 229;
        case `keypress`:
        case `mousedown`:
        case `focusout`:
          return !0;
        default:
          return !1;
      }
    }
    function wr(e) {
      return ((e = e.detail), typeof e == `object` && `data` in e ? e.data : null);
    }
    var Tr = !1;
    function Er(e, t) {
      switch (e) {
        case `compositionend`:
          return wr(t);
        case `keypress`:
          return t.which === 32 ? ((Sr = !0), xr) : null;
        case `textInput`:
          return ((e = t.data), e === xr && Sr ? null : e);
        default:
          return null;
      }
    }
    function Dr(e, t) {
      if (Tr)
        return e === `compositionend` || (!_r && Cr(e, t)) ? ((e = zn()), (Rn = Ln = In = null), (Tr = !1), e) : null;
      switch (e) {
        case `paste`:
          return null;
        case `keypress`:
          if (!(t.ctrlKey || t.altKey || t.metaKey) || (t.ctrlKey && t.altKey)) {
            if (t.char && 1 < t.char.length) return t.char;
            if (t.which) return String.fromCharCode(t.which);
          }
          return null;
        case `compositionend`:
          return br && t.locale !== `ko` ? null : t.data;
        default:
          return null;
      }
    }
    var Or = {
      color: !0,
      date: !0,
      datetime: !0,
      "datetime-local": !0,
      email: !0,
      month: !0,
      number: !0,
      password: !0,
      range: !0,
      search: !0,
      tel: !0,
      text: !0,
      time: !0,
      url: !0,
      week: !0,
    };
    function kr(e) {
      var t = e && e.nodeName && e.nodeName.toLowerCase();
      return t === `input` ? !!Or[e.type] : t === `textarea`;
    }
    function P(e, t, n, r) {
      (Dn ? (On ? On.push(r) : (On = [r])) : (Dn = r),
        (t = Jf(t, `onChange`)),
        0 < t.length && ((n = new Gn(`onChange`, `change`, null, n, r)), e.push({ event: n, listeners: t })));
    }
    var Ar = null,
      jr = null;
    function Mr(e) {
      Vf(e, 0);
    }
    function Nr(e) {
      if (sn(Ht(e))) return e;
    }
    function Pr(e, t) {
      if (e === `change`) return t;
    }
    var Fr = !1;
    if (Nn) {
      var Ir;
      if (Nn) {
        var Lr = `oninput` in document;
        if (!Lr) {
          var Rr = document.createElement(`div`);
          (Rr.setAttribute(`oninput`, `return;`), (Lr = typeof Rr.oninput == `function`));
        }
        Ir = Lr;
      } else Ir = !1;
      Fr = Ir && (!document.documentMode || 9 < document.documentMode);
    }
    function zr() {
      Ar && (Ar.detachEvent(`onpropertychange`, Br), (jr = Ar = null));
    }
    function Br(e) {
      if (e.propertyName === `value` && Nr(jr)) {
        var t = [];
        (P(t, jr, e, En(e)), jn(Mr, t));
      }
    }
    function Vr(e, t, n) {
      e === `focusin` ? (zr(), (Ar = t), (jr = n), Ar.attachEvent(`onpropertychange`, Br)) : e === `focusout` && zr();
    }
    function Hr(e) {
      if (e === `selectionchange` || e === `keyup` || e === `keydown`) return Nr(jr);
    }
    function Ur(e, t) {
      if (e === `click`) return Nr(t);
    }
    function Wr(e, t) {
      if (e === `input` || e === `change`) return Nr(t);
    }
    function Gr(e, t) {
      return (e === t && (e !== 0 || 1 / e == 1 / t)) || (e !== e && t !== t);
    }
    var F = typeof Object.is == `function` ? Object.is : Gr;
    function Kr(e, t) {
      if (F(e, t)) return !0;
      if (typeof e != `object` || !e || typeof t != `object` || !t) return !1;
      var n = Object.keys(e),
        r = Object.keys(t);
      if (n.length !== r.length) return !1;
      for (r = 0; r < n.length; r++) {
        var i = n[r];
        if (!We.call(t, i) || !F(e[i], t[i])) return !1;
      }
      return !0;
    }
    function qr(e) {
      if (((e ||= typeof document < `u` ? document : void 0), e === void 0)) return null;
      try {
        return e.activeElement || e.body;
      } catch {
        return e.body;
      }
    }
    function Jr(e) {
      for (; e && e.firstChild;) e = e.firstChild;
      return e;
    }
    function Yr(e, t) {
      var n = Jr(e);
      e = 0;
      for (var r; n;) {
        if (n.nodeType === 3) {
          if (((r = e + n.textContent.length), e <= t && r >= t)) return { node: n, offset: t - e };
          e = r;
        }
        a: {
          for (; n;) {
            if (n.nextSibling) {
              n = n.nextSibling;
              break a;
            }
            n = n.parentNode;
          }
          n = void 0;
        }
        n = Jr(n);
      }
    }
    function Xr(e, t) {
      return e && t
        ? e === t
          ? !0
          : e && e.nodeType === 3
            ? !1
            : t && t.nodeType === 3
              ? Xr(e, t.parentNode)
              : `contains` in e
                ? e.contains(t)
                : e.compareDocumentPosition
                  ? !!(e.compareDocumentPosition(t) & 16)
                  : !1
        : !1;
    }
    function Zr(e) {
      e =
        e != null && e.ownerDocument != null && e.ownerDocument.defaultView != null
          ? e.ownerDocument.defaultView
          : window;
      for (var t = qr(e.document); t instanceof e.HTMLIFrameElement;) {
        try {
          var n = typeof t.contentWindow.location.href == `string`;
        } catch {
          n = !1;
        }
        if (n) e = t.contentWindow;
        else break;
        t = qr(e.document);
      }
      return t;
    }
    function Qr(e) {
      var t = e && e.nodeName && e.nodeName.toLowerCase();
      return (
        t &&
        ((t === `input` &&
          (e.type === `text` ||
            e.type === `search` ||
            e.type === `tel` ||
            e.type === `url` ||
            e.type === `password`)) ||
          t === `textarea` ||
          e.contentEditable === `true`)
      );
    }
    var $r = Nn && `documentMode` in document && 11 >= document.documentMode,
      ei = null,
      ti = null,
      ni = null,
      ri = !1;
    function ii(e, t, n) {
      var r = n.window === n ? n.document : n.nodeType === 9 ? n : n.ownerDocument;
      ri ||
        ei == null ||
        ei !== qr(r) ||
        ((r = ei),
        `selectionStart` in r && Qr(r)
          ? (r = { start: r.selectionStart, end: r.selectionEnd })
          : ((r = ((r.ownerDocument && r.ownerDocument.defaultView) || window).getSelection()),
            (r = {
              anchorNode: r.anchorNode,
              anchorOffset: r.anchorOffset,
              focusNode: r.focusNode,
              focusOffset: r.focusOffset,
            })),
        (ni && Kr(ni, r)) ||
          ((ni = r),
          (r = Jf(ti, `onSelect`)),
          0 < r.length &&
            ((t = new Gn(`onSelect`, `select`, null, t, n)), e.push({ event: t, listeners: r }), (t.target = ei))));
    }
    function ai(e, t) {
      var n = {};
      return ((n[e.toLowerCase()] = t.toLowerCase()), (n[`Webkit` + e] = `webkit` + t), (n[`Moz` + e] = `moz` + t), n);
    }
    var oi = {
        animationend: ai(`Animation`, `AnimationEnd`),
        animationiteration: ai(`Animation`, `AnimationIteration`),
        animationstart: ai(`Animation`, `AnimationStart`),
        transitionrun: ai(`Transition`, `TransitionRun`),
        transitionstart: ai(`Transition`, `TransitionStart`),
        transitioncancel: ai(`Transition`, `TransitionCancel`),
        transitionend: ai(`Transition`, `TransitionEnd`),
      },
      si = {},
      ci = {};
    Nn &&
      ((ci = document.createElement(`div`).style),
      `AnimationEvent` in window ||
        (delete oi.animationend.animation, delete oi.animationiteration.animation, delete oi.animationstart.animation),
      `TransitionEvent` in window || delete oi.transitionend.transition);
    function li(e) {
      if (si[e]) return si[e];
      if (!oi[e]) return e;
      var t = oi[e],
        n;
      for (n in t) if (t.hasOwnProperty(n) && n in ci) return (si[e] = t[n]);
      return e;
    }
    var ui = li(`animationend`),
      di = li(`animationiteration`),
      fi = li(`animationstart`),
      pi = li(`transitionrun`),
      mi = li(`transitionstart`),
      hi = li(`transitioncancel`),
      gi = li(`transitionend`),
      _i = new Map(),
      vi =
        `abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error fullscreenChange fullscreenError gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel`.split(
          ` `,
        );
    vi.push(`scrollEnd`);
    function yi(e, t) {
      (_i.set(e, t), Jt(t, [e]));
    }
    var bi = 0;
    function xi(e, t) {
      if (e.name != null && e.name !== `auto`) return e.name;
      if (t.autoName !== null) return t.autoName;
      e = bd.identifierPrefix;
      var n = bi++;
      return ((e = `_` + e + `t_` + n.toString(32) + `_`), (t.autoName = e));
    }
    function Si(e) {
      if (e == null || typeof e == `string`) return e;
      var t = null,
        n = Od;
      if (n !== null)
        for (var r = 0; r < n.length; r++) {
          var i = e[n[r]];
          if (i != null) {
            if (i === `none`) return `none`;
            t = t == null ? i : t + (` ` + i);
          }
        }
      return t ?? e.default;
    }
    function Ci(e, t) {
      return ((e = Si(e)), (t = Si(t)), t == null ? (e === `auto` ? null : e) : t === `auto` ? null : t);
    }
    var wi =
        typeof reportError == `function`
          ? reportError
          : function (e) {
              if (typeof window == `object` && typeof window.ErrorEvent == `function`) {
                var t = new window.ErrorEvent(`error`, {
                  bubbles: !0,
                  cancelable: !0,
                  message: typeof e == `object` && e && typeof e.message == `string` ? String(e.message) : String(e),
                  error: e,
                });
                if (!window.dispatchEvent(t)) return;
              } else if (typeof process == `object` && typeof process.emit == `function`) {
                process.emit(`uncaughtException`, e);
                return;
              }
              console.error(e);
            },
      Ti = [],
      Ei = 0,
      Di = 0;
    function Oi() {
      for (var e = Ei, t = (Di = Ei = 0); t < e;) {
        var n = Ti[t];
        Ti[t++] = null;
        var r = Ti[t];
        Ti[t++] = null;
        var i = Ti[t];
        Ti[t++] = null;
        var a = Ti[t];
        if (((Ti[t++] = null), r !== null && i !== null)) {
          var o = r.pending;
          (o === null ? (i.next = i) : ((i.next = o.next), (o.next = i)), (r.pending = i));
        }
        a !== 0 && Mi(n, i, a);
      }
    }
    function ki(e, t, n, r) {
      ((Ti[Ei++] = e),
        (Ti[Ei++] = t),
        (Ti[Ei++] = n),
        (Ti[Ei++] = r),
        (Di |= r),
        (e.lanes |= r),
        (e = e.alternate),
        e !== null && (e.lanes |= r));
    }
    function Ai(e, t, n, r) {
      return (ki(e, t, n, r), Ni(e));
    }
    function ji(e, t) {
      return (ki(e, null, null, t), Ni(e));
    }
    function Mi(e, t, n) {
      e.lanes |= n;
      var r = e.alternate;
      r !== null && (r.lanes |= n);
      for (var i = !1, a = e.return; a !== null;)
        ((a.childLanes |= n),
          (r = a.alternate),
          r !== null && (r.childLanes |= n),
          a.tag === 22 && ((e = a.stateNode), e === null || e._visibility & 1 || (i = !0)),
          (e = a),
          (a = a.return));
      return e.tag === 3
        ? ((a = e.stateNode),
          i &&
            t !== null &&
            ((i = 31 - st(n)),
            (e = a.hiddenUpdates),
            (r = e[i]),
            r === null ? (e[i] = [t]) : r.push(t),
            (t.lane = n | 536870912)),
          a)
        : null;
    }
    function Ni(e) {
      if (50 < kd) throw ((kd = 0), (Ad = null), Error(s(185)));
      for (var t = e.return; t !== null;) ((e = t), (t = e.return));
      return e.tag === 3 ? e.stateNode : null;
    }
    var Pi = {};
    function Fi(e, t, n, r) {
      ((this.tag = e),
        (this.key = n),
        (this.sibling = this.child = this.return = this.stateNode = this.type = this.elementType = null),
        (this.index = 0),
        (this.refCleanup = this.ref = null),
        (this.pendingProps = t),
        (this.dependencies = this.memoizedState = this.updateQueue = this.memoizedProps = null),
        (this.mode = r),
        (this.subtreeFlags = this.flags = 0),
        (this.deletions = null),
        (this.childLanes = this.lanes = 0),
        (this.alternate = null));
    }
    function Ii(e, t, n, r) {
      return new Fi(e, t, n, r);
    }
    function Li(e) {
      return ((e = e.prototype), !(!e || !e.isReactComponent));
    }
    function Ri(e, t) {
      var n = e.alternate;
      return (
        n === null
          ? ((n = Ii(e.tag, t, e.key, e.mode)),
            (n.elementType = e.elementType),
            (n.type = e.type),
            (n.stateNode = e.stateNode),
            (n.alternate = e),
            (e.alternate = n))
          : ((n.pendingProps = t), (n.type = e.type), (n.flags = 0), (n.subtreeFlags = 0), (n.deletions = null)),
        (n.flags = e.flags & 1206910976),
        (n.childLanes = e.childLanes),
        (n.lanes = e.lanes),
        (n.child = e.child),
        (n.memoizedProps = e.memoizedProps),
        (n.memoizedState = e.memoizedState),
        (n.updateQueue = e.updateQueue),
        (t = e.dependencies),
        (n.dependencies = t === null ? null : { lanes: t.lanes, firstContext: t.firstContext }),
        (n.sibling = e.sibling),
        (n.index = e.index),
        (n.ref = e.ref),
        (n.refCleanup = e.refCleanup),
        n
      );
    }
    function zi(e, t) {
      e.flags &= 1206910978;
      var n = e.alternate;
      return (
        n === null
          ? ((e.childLanes = 0),
            (e.lanes = t),
            (e.child = null),
            (e.subtreeFlags = 0),
            (e.memoizedProps = null),
            (e.memoizedState = null),
            (e.updateQueue = null),
            (e.dependencies = null),
            (e.stateNode = null))
          : ((e.childLanes = n.childLanes),
            (e.lanes = n.lanes),
            (e.child = n.child),
            (e.subtreeFlags = 0),
            (e.deletions = null),
            (e.memoizedProps = n.memoizedProps),
            (e.memoizedState = n.memoizedState),
            (e.updateQueue = n.updateQueue),
            (e.type = n.type),
            (t = n.dependencies),
            (e.dependencies = t === null ? null : { lanes: t.lanes, firstContext: t.firstContext })),
        e
      );
    }
    function Bi(e, t, n, r, i, a) {
      var o = 0;
      if (((r = e), typeof r == `function`)) Li(r) && (o = 1);
      else if (typeof r == `string`)
        o = qm(e, n, ke.current) ? 26 : e === `html` || e === `head` || e === `body` ? 27 : 5;
      else
        a: switch (r) {
          case me:
            return ((e = Ii(31, n, t, i)), (e.elementType = me), (e.lanes = a), e);
          case ie:
            return Vi(n.children, i, a, t);
          case ae:
            ((o = 8), (i |= 24));
            break;
          case oe:
            return ((e = Ii(12, n, t, i | 2)), (e.elementType = oe), (e.lanes = a), e);
          case ue:
            return ((e = Ii(13, n, t, i)), (e.elementType = ue), (e.lanes = a), e);
          case de:
            return ((e = Ii(19, n, t, i)), (e.elementType = de), (e.lanes = a), e);
          case he:
          case _e:
            return (
              (e = i | 32),
              (e = Ii(30, n, t, e)),
              (e.elementType = _e),
              (e.lanes = a),
              (e.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
              e
            );
          default:
            if (typeof r == `object` && r)
              switch (r.$$typeof) {
                case ce:
                  o = 10;
                  break a;
                case se:
                  o = 9;
                  break a;
                case le:
                  o = 11;
                  break a;
                case fe:
                  o = 14;
                  break a;
                case pe:
                  ((o = 16), (r = null));
                  break a;
              }
            ((o = 29), (n = Error(s(130, e === null ? `null` : typeof e, ``))), (r = null));
        }
      return ((t = Ii(o, n, t, i)), (t.elementType = e), (t.type = r), (t.lanes = a), t);
    }
    function Vi(e, t, n, r) {
      return ((e = Ii(7, e, r, t)), (e.lanes = n), e);
    }
    function Hi(e, t, n) {
      return ((e = Ii(6, e, null, t)), (e.lanes = n), e);
    }
    function Ui(e) {
      var t = Ii(18, null, null, 0);
      return ((t.stateNode = e), t);
    }
    function Wi(e, t, n) {
      return (
        (t = Ii(4, e.children === null ? [] : e.children, e.key, t)),
        (t.lanes = n),
        (t.stateNode = { containerInfo: e.containerInfo, pendingChildren: null, implementation: e.implementation }),
        t
      );
    }
    var Gi = new WeakMap();
    function Ki(e, t) {
      if (typeof e == `object` && e) {
        var n = Gi.get(e);
        return n === void 0 ? ((t = { value: e, source: t, stack: Ue(t) }), Gi.set(e, t), t) : n;
      }
      return { value: e, source: t, stack: Ue(t) };
    }
    var qi = [],
      Ji = 0,
      Yi = null,
      Xi = 0,
      Zi = [],
      Qi = 0,
      $i = null,
      ea = 1,
      ta = ``;
    function na(e, t) {
      ((qi[Ji++] = Xi), (qi[Ji++] = Yi), (Yi = e), (Xi = t));
    }
    function ra(e, t, n) {
      ((Zi[Qi++] = ea), (Zi[Qi++] = ta), (Zi[Qi++] = $i), ($i = e));
      var r = ea;
      e = ta;
      var i = 32 - st(r) - 1;
      ((r &= ~(1 << i)), (n += 1));
      var a = 32 - st(t) + i;
      if (30 < a) {
        var o = i - (i % 5);
        ((a = (r & ((1 << o) - 1)).toString(32)),
          (r >>= o),
          (i -= o),
          (ea = (1 << (32 - st(t) + i)) | (n << i) | r),
          (ta = a + e));
      } else ((ea = (1 << a) | (n << i) | r), (ta = e));
    }
    function ia(e) {
      e.return !== null && (na(e, 1), ra(e, 1, 0));
    }
    function aa(e) {
      for (; e === Yi;) ((Yi = qi[--Ji]), (qi[Ji] = null), (Xi = qi[--Ji]), (qi[Ji] = null));
      for (; e === $i;)
        (($i = Zi[--Qi]), (Zi[Qi] = null), (ta = Zi[--Qi]), (Zi[Qi] = null), (ea = Zi[--Qi]), (Zi[Qi] = null));
    }
    function oa(e, t) {
      ((Zi[Qi++] = ea), (Zi[Qi++] = ta), (Zi[Qi++] = $i), (ea = t.id), (ta = t.overflow), ($i = e));
    }
    var sa = null,
      I = null,
      L = !1,
      ca = null,
      la = !1,
      ua = Error(s(519));
    function da(e) {
      throw (
        _a(Ki(Error(s(418, 1 < arguments.length && arguments[1] !== void 0 && arguments[1] ? `text` : `HTML`, ``)), e)),
        ua
      );
    }
    function fa(e) {
      var t = e.stateNode,
        n = e.type,
        r = e.memoizedProps;
      switch (((t[A] = e), (t[jt] = r), n)) {
        case `dialog`:
          (Q(`cancel`, t), Q(`close`, t));
          break;
        case `iframe`:
        case `object`:
        case `embed`:
          Q(`load`, t);
          break;
        case `video`:
        case `audio`:
          for (n = 0; n < zf.length; n++) Q(zf[n], t);
          break;
        case `source`:
          Q(`error`, t);
          break;
        case `img`:
        case `image`:
        case `link`:
          (Q(`error`, t), Q(`load`, t));
          break;
        case `details`:
          Q(`toggle`, t);
          break;
        case `input`:
          (Q(`invalid`, t), dn(t, r.value, r.defaultValue, r.checked, r.defaultChecked, r.type, r.name, !0));
          break;
        case `select`:
          Q(`invalid`, t);
          break;
        case `textarea`:
          (Q(`invalid`, t), hn(t, r.value, r.defaultValue, r.children));
      }
      ((n = r.children),
        (typeof n != `string` && typeof n != `number` && typeof n != `bigint`) ||
        t.textContent === `` + n ||
        !0 === r.suppressHydrationWarning ||
        ep(t.textContent, n)
          ? (r.popover != null && (Q(`beforetoggle`, t), Q(`toggle`, t)),
            r.onScroll != null && Q(`scroll`, t),
            r.onScrollEnd != null && Q(`scrollend`, t),
            r.onClick != null && (t.onclick = wn),
            (t = !0))
          : (t = !1),
        t || da(e, !0));
    }
    function pa(e) {
      for (sa = e.return; sa;)
        switch (sa.tag) {
          case 5:
          case 31:
          case 13:
            la = !1;
            return;
          case 27:
          case 3:
            la = !0;
            return;
          default:
            sa = sa.return;
        }
    }
    function ma(e) {
      if (e !== sa) return !1;
      if (!L) return (pa(e), (L = !0), !1);
      var t = e.tag,
        n;
      if (
        ((n = t !== 3 && t !== 27) &&
          ((n = t === 5) && ((n = e.type), (n = n === `form` || n === `button` || pp(e.type, e.memoizedProps))),
          (n = !n)),
        n && I && da(e),
        pa(e),
        t === 13)
      ) {
        if (((e = e.memoizedState), (e = e === null ? null : e.dehydrated), !e)) throw Error(s(317));
        I = dm(e);
      } else if (t === 31) {
        if (((e = e.memoizedState), (e = e === null ? null : e.dehydrated), !e)) throw Error(s(317));
        I = dm(e);
      } else
        t === 27
          ? ((t = I), Sp(e.type) ? ((e = um), (um = null), (I = e)) : (I = t))
          : (I = sa ? lm(e.stateNode.nextSibling) : null);
      return !0;
    }
    function ha() {
      ((I = sa = null), (L = !1));
    }
    function ga() {
      var e = ca;
      return (e !== null && (pd === null ? (pd = e) : pd.push.apply(pd, e), (ca = null)), e);
    }
    function _a(e) {
      ca === null ? (ca = [e]) : ca.push(e);
    }
    var va = De(null),
      ya = null,
      ba = null;
    function xa(e, t, n) {
      (k(va, t._currentValue), (t._currentValue = n));
    }
    function Sa(e) {
      ((e._currentValue = va.current), Oe(va));
    }
    function Ca(e, t, n) {
      for (; e !== null;) {
        var r = e.alternate;
        if (
          ((e.childLanes & t) === t
            ? r !== null && (r.childLanes & t) !== t && (r.childLanes |= t)
            : ((e.childLanes |= t), r !== null && (r.childLanes |= t)),
          e === n)
        )
          break;
        e = e.return;
      }
    }
    function wa(e, t, n, r) {
      var i = e.child;
      for (i !== null && (i.return = e); i !== null;) {
        var a = i.dependencies;
        if (a !== null) {
          var o = i.child;
          a = a.firstContext;
          a: for (; a !== null;) {
            var c = a;
            a = i;
            for (var l = 0; l < t.length; l++)
              if (c.context === t[l]) {
                ((a.lanes |= n), (c = a.alternate), c !== null && (c.lanes |= n), Ca(a.return, n, e), r || (o = null));
                break a;
              }
            a = c.next;
          }
        } else if (i.tag === 18) {
          if (((o = i.return), o === null)) throw Error(s(341));
          ((o.lanes |= n), (a = o.alternate), a !== null && (a.lanes |= n), Ca(o, n, e), (o = null));
        } else
          i.tag === 13 && i.memoizedState !== null && i.memoizedState.dehydrated === null
            ? ((i.lanes |= n),
              (o = i.alternate),
              o !== null && (o.lanes |= n),
              Ca(i.return, n, e),
              (o = i.child),
              (o = o === null ? null : o.sibling))
            : (o = i.child);
        if (o !== null) o.return = i;
        else
          for (o = i; o !== null;) {
            if (o === e) {
              o = null;
              break;
            }
            if (((i = o.sibling), i !== null)) {
              ((i.return = o.return), (o = i));
              break;
            }
            o = o.return;
          }
        i = o;
      }
    }
    function Ta(e, t, n, r) {
      e = null;
      for (var i = t, a = !1; i !== null;) {
        if (!a) {
          if (i.flags & 524288) a = !0;
          else if (i.flags & 262144) break;
        }
        if (i.tag === 10) {
          var o = i.alternate;
          if (o === null) throw Error(s(387));
          if (((o = o.memoizedProps), o !== null)) {
            var c = i.type;
            F(i.pendingProps.value, o.value) || (e === null ? (e = [c]) : e.push(c));
          }
        } else if (i === Me.current) {
          if (((o = i.alternate), o === null)) throw Error(s(387));
          o.memoizedState.memoizedState !== i.memoizedState.memoizedState && (e === null ? (e = [sh]) : e.push(sh));
        }
        i = i.return;
      }
      return (e !== null && wa(t, e, n, r), (t.flags |= 262144), e !== null);
    }
    function Ea(e) {
      for (e = e.firstContext; e !== null;) {
        if (!F(e.context._currentValue, e.memoizedValue)) return !0;
        e = e.next;
      }
      return !1;
    }
    function Da(e) {
      ((ya = e), (ba = null), (e = e.dependencies), e !== null && (e.firstContext = null));
    }
    function Oa(e) {
      return Aa(ya, e);
    }
    function ka(e, t) {
      return (ya === null && Da(e), Aa(e, t));
    }
    function Aa(e, t) {
      var n = t._currentValue;
      if (((t = { context: t, memoizedValue: n, next: null }), ba === null)) {
        if (e === null) throw Error(s(308));
        ((ba = t), (e.dependencies = { lanes: 0, firstContext: t }), (e.flags |= 524288));
      } else ba = ba.next = t;
      return n;
    }
    var ja =
        typeof AbortController < `u`
          ? AbortController
          : function () {
              var e = [],
                t = (this.signal = {
                  aborted: !1,
                  addEventListener: function (t, n) {
                    e.push(n);
                  },
                });
              this.abort = function () {
                ((t.aborted = !0),
                  e.forEach(function (e) {
                    return e();
                  }));
              };
            },
      Ma = t.unstable_scheduleCallback,
      Na = t.unstable_NormalPriority,
      Pa = { $$typeof: ce, Consumer: null, Provider: null, _currentValue: null, _currentValue2: null, _threadCount: 0 };
    function Fa() {
      return { controller: new ja(), data: new Map(), refCount: 0 };
    }
    function Ia(e) {
      (e.refCount--,
        e.refCount === 0 &&
          Ma(Na, function () {
            e.controller.abort();
          }));
    }
    function La(e, t) {
      if (e.pendingLanes & 4194048) {
        var n = e.transitionTypes;
        for (n === null && (n = e.transitionTypes = []), e = 0; e < t.length; e++) {
          var r = t[e];
          n.indexOf(r) === -1 && n.push(r);
        }
      }
    }
    var Ra = null;
    function za(e) {
      var t = e.transitionTypes;
      return ((e.transitionTypes = null), t);
    }
    var Ba = null,
      Va = 0,
      Ha = 0,
      Ua = null;
    function Wa(e, t) {
      if (Ba === null) {
        var n = (Ba = []);
        ((Va = 0),
          (Ha = Pf()),
          (Ua = {
            status: `pending`,
            value: void 0,
            then: function (e) {
              n.push(e);
            },
          }));
      }
      return (Va++, t.then(Ga, Ga), t);
    }
    function Ga() {
      if (--Va === 0 && ((Ra = null), Ba !== null)) {
        Ua !== null && (Ua.status = `fulfilled`);
        var e = Ba;
        ((Ba = null), (Ha = 0), (Ua = null));
        for (var t = 0; t < e.length; t++) (0, e[t])();
      }
    }
    function Ka(e, t) {
      var n = [],
        r = {
          status: `pending`,
          value: null,
          reason: null,
          then: function (e) {
            n.push(e);
          },
        };
      return (
        e.then(
          function () {
            ((r.status = `fulfilled`), (r.value = t));
            for (var e = 0; e < n.length; e++) (0, n[e])(t);
          },
          function (e) {
            for (r.status = `rejected`, r.reason = e, e = 0; e < n.length; e++) (0, n[e])(void 0);
          },
        ),
        r
      );
    }
    var qa = D.S;
    D.S = function (e, t) {
      if (((gd = Ye()), typeof t == `object` && t && typeof t.then == `function` && Wa(e, t), Ra !== null))
        for (var n = bf; n !== null;) (La(n, Ra), (n = n.next));
      if (((n = e.types), n !== null)) {
        for (var r = bf; r !== null;) (La(r, n), (r = r.next));
        if (Ha !== 0) {
          ((r = Ra), r === null && (r = Ra = []));
          for (var i = 0; i < n.length; i++) {
            var a = n[i];
            r.indexOf(a) === -1 && r.push(a);
          }
        }
      }
      qa !== null && qa(e, t);
    };
    var Ja = De(null);
    function Ya() {
      var e = Ja.current;
      return e === null ? G.pooledCache : e;
    }
    function Xa(e, t) {
      t === null ? k(Ja, Ja.current) : k(Ja, t.pool);
    }
    function Za() {
      var e = Ya();
      return e === null ? null : { parent: Pa._currentValue, pool: e };
    }
    var Qa = Error(s(460)),
      $a = Error(s(474)),
      eo = Error(s(542)),
      to = { then: function () {} };
    function no(e) {
      return ((e = e.status), e === `fulfilled` || e === `rejected`);
    }
    function ro(e, t, n) {
      switch (((n = e[n]), n === void 0 ? e.push(t) : n !== t && (t.then(wn, wn), (t = n)), t.status)) {
        case `fulfilled`:
          return t.value;
        case `rejected`:
          throw ((e = t.reason), so(e), e === void 0 && !(`reason` in t) ? Error(s(600)) : e);
        default:
          if (typeof t.status == `string`) t.then(wn, wn);
          else {
            if (((e = G), e !== null && 100 < e.shellSuspendCounter)) throw Error(s(482));
            ((e = t),
              (e.status = `pending`),
              e.then(
                function (e) {
                  if (t.status === `pending`) {
                    var n = t;
                    ((n.status = `fulfilled`), (n.value = e));
                  }
                },
                function (e) {
                  if (t.status === `pending`) {
                    var n = t;
                    ((n.status = `rejected`), (n.reason = e));
                  }
                },
              ));
          }
          switch (t.status) {
            case `fulfilled`:
              return t.value;
            case `rejected`:
              throw ((e = t.reason), so(e), e);
          }
          throw ((ao = t), Qa);
      }
    }
    function io(e) {
      try {
        var t = e._init;
        return t(e._payload);
      } catch (e) {
        throw typeof e == `object` && e && typeof e.then == `function` ? ((ao = e), Qa) : e;
      }
    }
    var ao = null;
    function oo() {
      if (ao === null) throw Error(s(459));
      var e = ao;
      return ((ao = null), e);
    }
    function so(e) {
      if (e === Qa || e === eo) throw Error(s(483));
    }
    var co = null,
      lo = 0;
    function uo(e) {
      var t = lo;
      return ((lo += 1), co === null && (co = []), ro(co, e, t));
    }
    function fo(e, t) {
      ((t = t.props.ref), (e.ref = t === void 0 ? null : t));
    }
    function po(e, t) {
      throw t.$$typeof === te
        ? Error(s(525))
        : ((e = Object.prototype.toString.call(t)),
          Error(s(31, e === `[object Object]` ? `object with keys {` + Object.keys(t).join(`, `) + `}` : e)));
    }
    function mo(e) {
      function t(t, n) {
        if (e) {
          var r = t.deletions;
          r === null ? ((t.deletions = [n]), (t.flags |= 16)) : r.push(n);
        }
      }
      function n(n, r) {
        if (!e) return null;
        for (; r !== null;) (t(n, r), (r = r.sibling));
        return null;
      }
      function r(e) {
        for (var t = new Map(); e !== null;) (e.key === null ? t.set(e.index, e) : t.set(e.key, e), (e = e.sibling));
        return t;
      }
      function i(e, t) {
        return ((e = Ri(e, t)), (e.index = 0), (e.sibling = null), e);
      }
      function a(t, n, r) {
        return (
          (t.index = r),
          e
            ? ((r = t.alternate),
              r === null ? ((t.flags |= 134217730), n) : ((r = r.index), r < n ? ((t.flags |= 2), n) : r))
            : ((t.flags |= 1048576), n)
        );
      }
      function o(t) {
        return (e && t.alternate === null && (t.flags |= 134217730), t);
      }
      function c(e, t, n, r) {
        return t === null || t.tag !== 6
          ? ((t = Hi(n, e.mode, r)), (t.return = e), t)
          : ((t = i(t, n)), (t.return = e), t);
      }
      function l(e, t, n, r) {
        var a = n.type;
        return a === ie
          ? ((e = d(e, t, n.props.children, r, n.key)), fo(e, n), e)
          : t !== null && (t.elementType === a || (typeof a == `object` && a && a.$$typeof === pe && io(a) === t.type))
            ? ((t = i(t, n.props)), fo(t, n), (t.return = e), t)
            : ((t = Bi(n.type, n.key, n.props, null, e.mode, r)), fo(t, n), (t.return = e), t);
      }
      function u(e, t, n, r) {
        return t === null ||
          t.tag !== 4 ||
          t.stateNode.containerInfo !== n.containerInfo ||
          t.stateNode.implementation !== n.implementation
          ? ((t = Wi(n, e.mode, r)), (t.return = e), t)
          : ((t = i(t, n.children || [])), (t.return = e), t);
      }
      function d(e, t, n, r, a) {
        return t === null || t.tag !== 7
          ? ((t = Vi(n, e.mode, r, a)), (t.return = e), t)
          : ((t = i(t, n)), (t.return = e), t);
      }
      function f(e, t, n) {
        if ((typeof t == `string` && t !== ``) || typeof t == `number` || typeof t == `bigint`)
          return ((t = Hi(`` + t, e.mode, n)), (t.return = e), t);
        if (typeof t == `object` && t) {
          switch (t.$$typeof) {
            case ne:
              return ((n = Bi(t.type, t.key, t.props, null, e.mode, n)), fo(n, t), (n.return = e), n);
            case re:
              return ((t = Wi(t, e.mode, n)), (t.return = e), t);
            case pe:
              return ((t = io(t)), f(e, t, n));
          }
          if (Ce(t) || be(t)) return ((t = Vi(t, e.mode, n, null)), (t.return = e), t);
          if (typeof t.then == `function`) return f(e, uo(t), n);
          if (t.$$typeof === ce) return f(e, ka(e, t), n);
          po(e, t);
        }
        return null;
      }
      function p(e, t, n, r) {
        var i = t === null ? null : t.key;
        if ((typeof n == `string` && n !== ``) || typeof n == `number` || typeof n == `bigint`)
          return i === null ? c(e, t, `` + n, r) : null;
        if (typeof n == `object` && n) {
          switch (n.$$typeof) {
            case ne:
              return n.key === i ? l(e, t, n, r) : null;
            case re:
              return n.key === i ? u(e, t, n, r) : null;
            case pe:
              return ((n = io(n)), p(e, t, n, r));
          }
          if (Ce(n) || be(n)) return i === null ? d(e, t, n, r, null) : null;
          if (typeof n.then == `function`) return p(e, t, uo(n), r);
          if (n.$$typeof === ce) return p(e, t, ka(e, n), r);
          po(e, n);
        }
        return null;
      }
      function m(e, t, n, r, i) {
        if ((typeof r == `string` && r !== ``) || typeof r == `number` || typeof r == `bigint`)
          return ((e = e.get(n) || null), c(t, e, `` + r, i));
        if (typeof r == `object` && r) {
          switch (r.$$typeof) {
            case ne:
              return ((e = e.get(r.key === null ? n : r.key) || null), l(t, e, r, i));
            case re:
              return ((e = e.get(r.key === null ? n : r.key) || null), u(t, e, r, i));
            case pe:
              return ((r = io(r)), m(e, t, n, r, i));
          }
          if (Ce(r) || be(r)) return ((e = e.get(n) || null), d(t, e, r, i, null));
          if (typeof r.then == `function`) return m(e, t, n, uo(r), i);
          if (r.$$typeof === ce) return m(e, t, n, ka(t, r), i);
          po(t, r);
        }
        return null;
      }
      function h(i, o, s, c) {
        for (var l = null, u = null, d = o, h = (o = 0), g = null; d !== null && h < s.length; h++) {
          d.index > h ? ((g = d), (d = null)) : (g = d.sibling);
          var _ = p(i, d, s[h], c);
          if (_ === null) {
            d === null && (d = g);
            break;
          }
          (e && d && _.alternate === null && t(i, d),
            (o = a(_, o, h)),
            u === null ? (l = _) : (u.sibling = _),
            (u = _),
            (d = g));
        }
        if (h === s.length) return (n(i, d), L && na(i, h), l);
        if (d === null) {
          for (; h < s.length; h++)
            ((d = f(i, s[h], c)), d !== null && ((o = a(d, o, h)), u === null ? (l = d) : (u.sibling = d), (u = d)));
          return (L && na(i, h), l);
        }
        for (d = r(d); h < s.length; h++)
          ((g = m(d, i, h, s[h], c)),
            g !== null &&
              (e && ((_ = g.alternate), _ !== null && d.delete(_.key === null ? h : _.key)),
              (o = a(g, o, h)),
              u === null ? (l = g) : (u.sibling = g),
              (u = g)));
        return (
          e &&
            d.forEach(function (e) {
              return t(i, e);
            }),
          L && na(i, h),
          l
        );
      }
      function g(i, o, c, l) {
        if (c == null) throw Error(s(151));
        for (
          var u = null, d = null, h = o, g = (o = 0), _ = null, v = c.next();
          h !== null && !v.done;
          g++, v = c.next()
        ) {
          h.index > g ? ((_ = h), (h = null)) : (_ = h.sibling);
          var y = p(i, h, v.value, l);
          if (y === null) {
            h === null && (h = _);
            break;
          }
          (e && h && y.alternate === null && t(i, h),
            (o = a(y, o, g)),
            d === null ? (u = y) : (d.sibling = y),
            (d = y),
            (h = _));
        }
        if (v.done) return (n(i, h), L && na(i, g), u);
        if (h === null) {
          for (; !v.done; g++, v = c.next())
            ((v = f(i, v.value, l)), v !== null && ((o = a(v, o, g)), d === null ? (u = v) : (d.sibling = v), (d = v)));
          return (L && na(i, g), u);
        }
        for (h = r(h); !v.done; g++, v = c.next())
          ((v = m(h, i, g, v.value, l)),
            v !== null &&
              (e && ((_ = v.alternate), _ !== null && h.delete(_.key === null ? g : _.key)),
              (o = a(v, o, g)),
              d === null ? (u = v) : (d.sibling = v),
              (d = v)));
        return (
          e &&
            h.forEach(function (e) {
              return t(i, e);
            }),
          L && na(i, g),
          u
        );
      }
      function _(e, r, a, c) {
        if (
          (typeof a == `object` &&
            a &&
            a.type === ie &&
            a.key === null &&
            a.props.ref === void 0 &&
            (a = a.props.children),
          typeof a == `object` && a)
        ) {
          switch (a.$$typeof) {
            case ne:
              a: {
                for (var l = a.key; r !== null;) {
                  if (r.key === l) {
                    if (((l = a.type), l === ie)) {
                      if (r.tag === 7) {
                        (n(e, r.sibling), (c = i(r, a.props.children)), fo(c, a), (c.return = e), (e = c));
                        break a;
                      }
                    } else if (
                      r.elementType === l ||
                      (typeof l == `object` && l && l.$$typeof === pe && io(l) === r.type)
                    ) {
                      (n(e, r.sibling), (c = i(r, a.props)), fo(c, a), (c.return = e), (e = c));
                      break a;
                    }
                    n(e, r);
                    break;
                  }
                  (t(e, r), (r = r.sibling));
                }
                a.type === ie
                  ? ((c = Vi(a.props.children, e.mode, c, a.key)), fo(c, a), (c.return = e), (e = c))
                  : ((c = Bi(a.type, a.key, a.props, null, e.mode, c)), fo(c, a), (c.return = e), (e = c));
              }
              return o(e);
            case re:
              a: {
                for (l = a.key; r !== null;) {
                  if (r.key === l) {
                    if (
                      r.tag === 4 &&
                      r.stateNode.containerInfo === a.containerInfo &&
                      r.stateNode.implementation === a.implementation
                    ) {
                      (n(e, r.sibling), (c = i(r, a.children || [])), (c.return = e), (e = c));
                      break a;
                    }
                    n(e, r);
                    break;
                  }
                  (t(e, r), (r = r.sibling));
                }
                ((c = Wi(a, e.mode, c)), (c.return = e), (e = c));
              }
              return o(e);
            case pe:
              return ((a = io(a)), _(e, r, a, c));
          }
          if (Ce(a)) return h(e, r, a, c);
          if (be(a)) {
            if (((l = be(a)), typeof l != `function`)) throw Error(s(150));
            return ((a = l.call(a)), g(e, r, a, c));
          }
          if (typeof a.then == `function`) return _(e, r, uo(a), c);
          if (a.$$typeof === ce) return _(e, r, ka(e, a), c);
          po(e, a);
        }
        return (typeof a == `string` && a !== ``) || typeof a == `number` || typeof a == `bigint`
          ? ((a = `` + a),
            r !== null && r.tag === 6
              ? (n(e, r.sibling), (c = i(r, a)), (c.return = e), (e = c))
              : (n(e, r), (c = Hi(a, e.mode, c)), (c.return = e), (e = c)),
            o(e))
          : n(e, r);
      }
      return function (e, t, n, r) {
        try {
          lo = 0;
          var i = _(e, t, n, r);
          return ((co = null), i);
        } catch (t) {
          if (t === Qa || t === eo) throw t;
          var a = Ii(29, t, null, e.mode);
          return ((a.lanes = r), (a.return = e), a);
        }
      };
    }
    var ho = mo(!0),
      go = mo(!1),
      _o = !1;
    function vo(e) {
      e.updateQueue = {
        baseState: e.memoizedState,
        firstBaseUpdate: null,
        lastBaseUpdate: null,
        shared: { pending: null, lanes: 0, hiddenCallbacks: null },
        callbacks: null,
      };
    }
    function yo(e, t) {
      ((e = e.updateQueue),
        t.updateQueue === e &&
          (t.updateQueue = {
            baseState: e.baseState,
            firstBaseUpdate: e.firstBaseUpdate,
            lastBaseUpdate: e.lastBaseUpdate,
            shared: e.shared,
            callbacks: null,
          }));
    }
    function bo(e) {
      return { lane: e, tag: 0, payload: null, callback: null, next: null };
    }
    function xo(e, t, n) {
      var r = e.updateQueue;
      if (r === null) return null;
      if (((r = r.shared), W & 2)) {
        var i = r.pending;
        return (
          i === null ? (t.next = t) : ((t.next = i.next), (i.next = t)),
          (r.pending = t),
          (t = Ni(e)),
          Mi(e, null, n),
          t
        );
      }
      return (ki(e, r, t, n), Ni(e));
    }
    function So(e, t, n) {
      if (((t = t.updateQueue), t !== null && ((t = t.shared), n & 4194048))) {
        var r = t.lanes;
        ((r &= e.pendingLanes), (n |= r), (t.lanes = n), wt(e, n));
      }
    }
    function Co(e, t) {
      var n = e.updateQueue,
        r = e.alternate;
      if (r !== null && ((r = r.updateQueue), n === r)) {
        var i = null,
          a = null;
        if (((n = n.firstBaseUpdate), n !== null)) {
          do {
            var o = { lane: n.lane, tag: n.tag, payload: n.payload, callback: null, next: null };
            (a === null ? (i = a = o) : (a = a.next = o), (n = n.next));
          } while (n !== null);
          a === null ? (i = a = t) : (a = a.next = t);
        } else i = a = t;
        ((n = {
          baseState: r.baseState,
          firstBaseUpdate: i,
          lastBaseUpdate: a,
          shared: r.shared,
          callbacks: r.callbacks,
        }),
          (e.updateQueue = n));
      } else ((e = n.lastBaseUpdate), e === null ? (n.firstBaseUpdate = t) : (e.next = t), (n.lastBaseUpdate = t));
    }
    var wo = !1;
    function To() {
      if (wo) {
        var e = Ua;
        if (e !== null) throw e;
      }
    }
    function Eo(e, t, n, r) {
      wo = !1;
      var i = e.updateQueue;
      _o = !1;
      var a = i.firstBaseUpdate,
        o = i.lastBaseUpdate,
        s = i.shared.pending;
      if (s !== null) {
        i.shared.pending = null;
        var c = s,
          l = c.next;
        ((c.next = null), o === null ? (a = l) : (o.next = l), (o = c));
        var u = e.alternate;
        u !== null &&
          ((u = u.updateQueue),
          (s = u.lastBaseUpdate),
          s !== o && (s === null ? (u.firstBaseUpdate = l) : (s.next = l), (u.lastBaseUpdate = c)));
      }
      if (a !== null) {
        var d = i.baseState;
        ((o = 0), (u = l = c = null), (s = a));
        do {
          var f = s.lane & -536870913,
            p = f !== s.lane;
          if (p ? (q & f) === f : (r & f) === f) {
            (f !== 0 && f === Ha && (wo = !0),
              u !== null && (u = u.next = { lane: 0, tag: s.tag, payload: s.payload, callback: null, next: null }));
            a: {
              var m = e,
                h = s;
              f = t;
              var g = n;
              switch (h.tag) {
                case 1:
                  if (((m = h.payload), typeof m == `function`)) {
                    d = m.call(g, d, f);
                    break a;
                  }
                  d = m;
                  break a;
                case 3:
                  m.flags = (m.flags & -65537) | 128;
                case 0:
                  if (((m = h.payload), (f = typeof m == `function` ? m.call(g, d, f) : m), f == null)) break a;
                  d = E({}, d, f);
                  break a;
                case 2:
                  _o = !0;
              }
            }
            ((f = s.callback),
              f !== null &&
                ((e.flags |= 64),
                p && (e.flags |= 8192),
                (p = i.callbacks),
                p === null ? (i.callbacks = [f]) : p.push(f)));
          } else
            ((p = { lane: f, tag: s.tag, payload: s.payload, callback: s.callback, next: null }),
              u === null ? ((l = u = p), (c = d)) : (u = u.next = p),
              (o |= f));
          if (((s = s.next), s === null)) {
            if (((s = i.shared.pending), s === null)) break;
            ((p = s), (s = p.next), (p.next = null), (i.lastBaseUpdate = p), (i.shared.pending = null));
          }
        } while (1);
        (u === null && (c = d),
          (i.baseState = c),
          (i.firstBaseUpdate = l),
          (i.lastBaseUpdate = u),
          a === null && (i.shared.lanes = 0),
          (sd |= o),
          (e.lanes = o),
          (e.memoizedState = d));
      }
    }
    function Do(e, t) {
      if (typeof e != `function`) throw Error(s(191, e));
      e.call(t);
    }
    function Oo(e, t) {
      var n = e.callbacks;
      if (n !== null) for (e.callbacks = null, e = 0; e < n.length; e++) Do(n[e], t);
    }
    var ko = De(null),
      Ao = De(0);
    function jo(e, t) {
      ((e = od), k(Ao, e), k(ko, t), (od = e | t.baseLanes));
    }
    function Mo() {
      (k(Ao, od), k(ko, ko.current));
    }
    function No() {
      ((od = Ao.current), Oe(ko), Oe(Ao));
    }
    var Po = De(null),
      Fo = null;
    function Io(e) {
      var t = e.alternate;
      (k(Vo, Vo.current & 1),
        k(Po, e),
        Fo === null && (t === null || ko.current !== null || t.memoizedState !== null) && (Fo = e));
    }
    function Lo(e) {
      (k(Vo, Vo.current), k(Po, e), Fo === null && (Fo = e));
    }
    function Ro(e) {
      e.tag === 22 ? (k(Vo, Vo.current), k(Po, e), Fo === null && (Fo = e)) : zo();
    }
    function zo() {
      (k(Vo, Vo.current), k(Po, Po.current));
    }
    function Bo(e) {
      (Oe(Po), Fo === e && (Fo = null), Oe(Vo));
    }
    var Vo = De(0);
    function Ho(e, t) {
      (k(Po, Po.current), k(Vo, t));
    }
    function Uo(e) {
      (Oe(Vo), Oe(Po), Fo === e && (Fo = null));
    }
    function Wo(e) {
      for (var t = e; t !== null;) {
        if (t.tag === 13) {
          var n = t.memoizedState;
          if (n !== null && ((n = n.dehydrated), n === null || om(n) || sm(n))) return t;
        } else if (t.tag === 19 && t.memoizedProps.revealOrder !== `independent`) {
          if (t.flags & 128) return t;
        } else if (t.child !== null) {
          ((t.child.return = t), (t = t.child));
          continue;
        }
        if (t === e) break;
        for (; t.sibling === null;) {
          if (t.return === null || t.return === e) return null;
          t = t.return;
        }
        ((t.sibling.return = t.return), (t = t.sibling));
      }
      return null;
    }
    var Go = 0,
      R = null,
      z = null,
      Ko = null,
      qo = !1,
      Jo = !1,
      Yo = !1,
      Xo = 0,
      Zo = 0,
      Qo = null,
      $o = 0;
    function B() {
      throw Error(s(321));
    }
    function es(e, t) {
      if (t === null) return !1;
      for (var n = 0; n < t.length && n < e.length; n++) if (!F(e[n], t[n])) return !1;
      return !0;
    }
    function ts(e, t, n, r, i, a) {
      return (
        (Go = a),
        (R = t),
        (t.memoizedState = null),
        (t.updateQueue = null),
        (t.lanes = 0),
        (D.H = e === null || e.memoizedState === null ? vc : yc),
        (Yo = !1),
        (a = n(r, i)),
        (Yo = !1),
        Jo && (a = rs(t, n, r, i)),
        ns(e),
        a
      );
    }
    function ns(e) {
      D.H = _c;
      var t = z !== null && z.next !== null;
      if (((Go = 0), (Ko = z = R = null), (qo = !1), (Zo = 0), (Qo = null), t)) throw Error(s(300));
      e === null || Ic || ((e = e.dependencies), e !== null && Ea(e) && (Ic = !0));
    }
    function rs(e, t, n, r) {
      R = e;
      var i = 0;
      do {
        if ((Jo && (Qo = null), (Zo = 0), (Jo = !1), 25 <= i)) throw Error(s(301));
        if (((i += 1), (Ko = z = null), e.updateQueue != null)) {
          var a = e.updateQueue;
          ((a.lastEffect = null), (a.events = null), (a.stores = null), a.memoCache != null && (a.memoCache.index = 0));
        }
        ((D.H = bc), (a = t(n, r)));
      } while (Jo);
      return a;
    }
    function is() {
      var e = D.H,
        t = e.useState()[0];
      return (
        (t = typeof t.then == `function` ? ds(t) : t),
        (e = e.useState()[0]),
        (z === null ? null : z.memoizedState) !== e && (R.flags |= 1024),
        t
      );
    }
    function as() {
      var e = Xo !== 0;
      return ((Xo = 0), e);
    }
    function os(e, t, n) {
      ((t.updateQueue = e.updateQueue), (t.flags &= -2053), (e.lanes &= ~n));
    }
    function ss(e) {
      if (qo) {
        for (e = e.memoizedState; e !== null;) {
          var t = e.queue;
          (t !== null && (t.pending = null), (e = e.next));
        }
        qo = !1;
      }
      ((Go = 0), (Ko = z = R = null), (Jo = !1), (Zo = Xo = 0), (Qo = null));
    }
    function cs() {
      var e = { memoizedState: null, baseState: null, baseQueue: null, queue: null, next: null };
      return (Ko === null ? (R.memoizedState = Ko = e) : (Ko = Ko.next = e), Ko);
    }
    function ls() {
      if (z === null) {
        var e = R.alternate;
        e = e === null ? null : e.memoizedState;
      } else e = z.next;
      var t = Ko === null ? R.memoizedState : Ko.next;
      if (t !== null) ((Ko = t), (z = e));
      else {
        if (e === null) throw R.alternate === null ? Error(s(467)) : Error(s(310));
        ((z = e),
          (e = {
            memoizedState: z.memoizedState,
            baseState: z.baseState,
            baseQueue: z.baseQueue,
            queue: z.queue,
            next: null,
          }),
          Ko === null ? (R.memoizedState = Ko = e) : (Ko = Ko.next = e));
      }
      return Ko;
    }
    function us() {
      return { lastEffect: null, events: null, stores: null, memoCache: null };
    }
    function ds(e) {
      var t = Zo;
      return (
        (Zo += 1),
        Qo === null && (Qo = []),
        (e = ro(Qo, e, t)),
        (t = R),
        (Ko === null ? t.memoizedState : Ko.next) === null &&
          ((t = t.alternate), (D.H = t === null || t.memoizedState === null ? vc : yc)),
        e
      );
    }
    function fs(e) {
      if (typeof e == `object` && e) {
        if (typeof e.then == `function`) return ds(e);
        if (e.$$typeof === ve) return;
        if (e.$$typeof === ce) return Oa(e);
      }
      throw Error(s(438, String(e)));
    }
    function ps(e) {
      var t = null,
        n = R.updateQueue;
      if ((n !== null && (t = n.memoCache), t == null)) {
        var r = R.alternate;
        r !== null &&
          ((r = r.updateQueue),
          r !== null &&
            ((r = r.memoCache),
            r != null &&
              (t = {
                data: r.data.map(function (e) {
                  return e.slice();
                }),
                index: 0,
              })));
      }
      if (
        ((t ??= { data: [], index: 0 }),
        n === null && ((n = us()), (R.updateQueue = n)),
        (n.memoCache = t),
        (n = t.data[t.index]),
        n === void 0)
      )
        for (n = t.data[t.index] = Array(e), r = 0; r < e; r++) n[r] = ge;
      return (t.index++, n);
    }
    function ms(e, t) {
      return typeof t == `function` ? t(e) : t;
    }
    function hs(e) {
      return gs(ls(), z, e);
    }
    function gs(e, t, n) {
      var r = e.queue;
      if (r === null) throw Error(s(311));
      r.lastRenderedReducer = n;
      var i = e.baseQueue,
        a = r.pending;
      if (a !== null) {
        if (i !== null) {
          var o = i.next;
          ((i.next = a.next), (a.next = o));
        }
        ((t.baseQueue = i = a), (r.pending = null));
      }
      if (((a = e.baseState), i === null)) e.memoizedState = a;
      else {
        t = i.next;
        var c = (o = null),
          l = null,
          u = t,
          d = !1;
        do {
          var f = u.lane & -536870913;
          if (f === u.lane ? (Go & f) === f : (q & f) === f) {
            var p = u.revertLane;
            if (p === 0)
              (l !== null &&
                (l = l.next =
                  {
                    lane: 0,
                    revertLane: 0,
                    gesture: null,
                    action: u.action,
                    hasEagerState: u.hasEagerState,
                    eagerState: u.eagerState,
                    next: null,
                  }),
                f === Ha && (d = !0));
            else if ((Go & p) === p) {
              ((u = u.next), p === Ha && (d = !0));
              continue;
            } else
              ((f = {
                lane: 0,
                revertLane: u.revertLane,
                gesture: null,
                action: u.action,
                hasEagerState: u.hasEagerState,
                eagerState: u.eagerState,
                next: null,
              }),
                l === null ? ((c = l = f), (o = a)) : (l = l.next = f),
                (R.lanes |= p),
                (sd |= p));
            ((f = u.action), Yo && n(a, f), (a = u.hasEagerState ? u.eagerState : n(a, f)));
          } else
            ((p = {
              lane: f,
              revertLane: u.revertLane,
              gesture: u.gesture,
              action: u.action,
              hasEagerState: u.hasEagerState,
              eagerState: u.eagerState,
              next: null,
            }),
              l === null ? ((c = l = p), (o = a)) : (l = l.next = p),
              (R.lanes |= f),
              (sd |= f));
          u = u.next;
        } while (u !== null && u !== t);
        if ((l === null ? (o = a) : (l.next = c), !F(a, e.memoizedState) && ((Ic = !0), d && ((n = Ua), n !== null))))
          throw n;
        ((e.memoizedState = a), (e.baseState = o), (e.baseQueue = l), (r.lastRenderedState = a));
      }
      return (i === null && (r.lanes = 0), [e.memoizedState, r.dispatch]);
    }
    function _s(e) {
      var t = ls(),
        n = t.queue;
      if (n === null) throw Error(s(311));
      n.lastRenderedReducer = e;
      var r = n.dispatch,
        i = n.pending,
        a = t.memoizedState;
      if (i !== null) {
        n.pending = null;
        var o = (i = i.next);
        do ((a = e(a, o.action)), (o = o.next));
        while (o !== i);
        (F(a, t.memoizedState) || (Ic = !0),
          (t.memoizedState = a),
          t.baseQueue === null && (t.baseState = a),
          (n.lastRenderedState = a));
      }
      return [a, r];
    }
    function vs(e, t, n) {
      var r = R,
        i = ls(),
        a = L;
      if (a) {
        if (n === void 0) throw Error(s(407));
        n = n();
      } else n = t();
      var o = !F((z || i).memoizedState, n);
      if (
        (o && ((i.memoizedState = n), (Ic = !0)),
        (i = i.queue),
        Us(xs.bind(null, r, i, e), [e]),
        (e = i.getSnapshot !== t || o || (Ko !== null && !!(Ko.memoizedState.tag & 1))),
        Rs(e ? 9 : 8, { destroy: void 0 }, bs.bind(null, r, i, n, t), null),
        e)
      ) {
        if (((r.flags |= 2048), G === null)) throw Error(s(349));
        a || Go & 127 || ys(r, t, n);
      }
      return n;
    }
    function ys(e, t, n) {
      ((e.flags |= 16384),
        (e = { getSnapshot: t, value: n }),
        (t = R.updateQueue),
        t === null
          ? ((t = us()), (R.updateQueue = t), (t.stores = [e]))
          : ((n = t.stores), n === null ? (t.stores = [e]) : n.push(e)));
    }
    function bs(e, t, n, r) {
      ((t.value = n), (t.getSnapshot = r), Ss(t) && Cs(e));
    }
    function xs(e, t, n) {
      return n(function () {
        Ss(t) && Cs(e);
      });
    }
    function Ss(e) {
      var t = e.getSnapshot;
      e = e.value;
      try {
        var n = t();
        return !F(e, n);
      } catch {
        return !0;
      }
    }
    function Cs(e) {
      var t = ji(e, 2);
      t !== null && Pd(t, e, 2);
    }
    function ws(e) {
      var t = cs();
      if (typeof e == `function`) {
        var n = e;
        if (((e = n()), Yo)) {
          ot(!0);
          try {
            n();
          } finally {
            ot(!1);
          }
        }
      }
      return (
        (t.memoizedState = t.baseState = e),
        (t.queue = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: ms, lastRenderedState: e }),
        t
      );
    }
    function Ts(e, t, n, r) {
      return ((e.baseState = n), gs(e, z, typeof r == `function` ? r : ms));
    }
    function Es(e, t, n, r, i) {
      if (mc(e)) throw Error(s(485));
      if (((e = t.action), e !== null)) {
        var a = {
          payload: i,
          action: e,
          next: null,
          isTransition: !0,
          status: `pending`,
          value: null,
          reason: null,
          listeners: [],
          then: function (e) {
            a.listeners.push(e);
          },
        };
        (D.T === null ? (a.isTransition = !1) : n(!0),
          r(a),
          (n = t.pending),
          n === null ? ((a.next = t.pending = a), Ds(t, a)) : ((a.next = n.next), (t.pending = n.next = a)));
      }
    }
    function Ds(e, t) {
      var n = t.action,
        r = t.payload,
        i = e.state;
      if (t.isTransition) {
        var a = D.T,
          o = {};
        ((o.types = a === null ? null : a.types), (D.T = o));
        try {
          var s = n(i, r),
            c = D.S;
          (c !== null && c(o, s), Os(e, t, s));
        } catch (n) {
          As(e, t, n);
        } finally {
          (a !== null && o.types !== null && (a.types = o.types), (D.T = a));
        }
      } else
        try {
          ((a = n(i, r)), Os(e, t, a));
        } catch (n) {
          As(e, t, n);
        }
    }
    function Os(e, t, n) {
      typeof n == `object` && n && typeof n.then == `function`
        ? n.then(
            function (n) {
              ks(e, t, n);
            },
            function (n) {
              return As(e, t, n);
            },
          )
        : ks(e, t, n);
    }
    function ks(e, t, n) {
      ((t.status = `fulfilled`),
        (t.value = n),
        js(t),
        (e.state = n),
        (t = e.pending),
        t !== null && ((n = t.next), n === t ? (e.pending = null) : ((n = n.next), (t.next = n), Ds(e, n))));
    }
    function As(e, t, n) {
      var r = e.pending;
      if (((e.pending = null), r !== null)) {
        r = r.next;
        do ((t.status = `rejected`), (t.reason = n), js(t), (t = t.next));
        while (t !== r);
      }
      e.action = null;
    }
    function js(e) {
      e = e.listeners;
      for (var t = 0; t < e.length; t++) (0, e[t])();
    }
    function Ms(e, t) {
      return t;
    }
    function Ns(e, t) {
      if (L) {
        var n = G.formState;
        if (n !== null) {
          a: {
            var r = R;
            if (L) {
              if (I) {
                b: {
                  for (var i = I, a = la; i.nodeType !== 8;)
                    if (!a || ((i = lm(i.nextSibling)), i === null)) {
                      i = null;
                      break b;
                    }
                  ((a = i.data), (i = a === `F!` || a === `F` ? i : null));
                }
                if (i) {
                  ((I = lm(i.nextSibling)), (r = i.data === `F!`));
                  break a;
                }
              }
              da(r);
            }
            r = !1;
          }
          r && (t = n[0]);
        }
      }
      return (
        (n = cs()),
        (n.memoizedState = n.baseState = t),
        (r = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: Ms, lastRenderedState: t }),
        (n.queue = r),
        (n = dc.bind(null, R, r)),
        (r.dispatch = n),
        (r = ws(!1)),
        (a = pc.bind(null, R, !1, r.queue)),
        (r = cs()),
        (i = { state: t, dispatch: null, action: e, pending: null }),
        (r.queue = i),
        (n = Es.bind(null, R, i, a, n)),
        (i.dispatch = n),
        (r.memoizedState = e),
        [t, n, !1]
      );
    }
    function Ps(e) {
      return Fs(ls(), z, e);
    }
    function Fs(e, t, n) {
      if (((t = gs(e, t, Ms)[0]), (e = hs(ms)[0]), typeof t == `object` && t && typeof t.then == `function`))
        try {
          var r = ds(t);
        } catch (e) {
          throw e === Qa ? eo : e;
        }
      else r = t;
      t = ls();
      var i = t.queue,
        a = i.dispatch;
      return (
        n !== t.memoizedState && ((R.flags |= 2048), Rs(9, { destroy: void 0 }, Is.bind(null, i, n), null)),
        [r, a, e]
      );
    }
    function Is(e, t) {
      e.action = t;
    }
    function Ls(e) {
      var t = ls(),
        n = z;
      if (n !== null) return Fs(t, n, e);
      (ls(), (t = t.memoizedState), (n = ls()));
      var r = n.queue.dispatch;
      return ((n.memoizedState = e), [t, r, !1]);
    }
    function Rs(e, t, n, r) {
      return (
        (e = { tag: e, create: n, deps: r, inst: t, next: null }),
        (t = R.updateQueue),
        t === null && ((t = us()), (R.updateQueue = t)),
        (n = t.lastEffect),
        n === null ? (t.lastEffect = e.next = e) : ((r = n.next), (n.next = e), (e.next = r), (t.lastEffect = e)),
        e
      );
    }
    function zs() {
      return ls().memoizedState;
    }
    function Bs(e, t, n, r) {
      var i = cs();
      ((R.flags |= e), (i.memoizedState = Rs(1 | t, { destroy: void 0 }, n, r === void 0 ? null : r)));
    }
    function Vs(e, t, n, r) {
      var i = ls();
      r = r === void 0 ? null : r;
      var a = i.memoizedState.inst;
      z !== null && r !== null && es(r, z.memoizedState.deps)
        ? (i.memoizedState = Rs(t, a, n, r))
        : ((R.flags |= e), (i.memoizedState = Rs(1 | t, a, n, r)));
    }
    function Hs(e, t) {
      Bs(8390656, 8, e, t);
    }
    function Us(e, t) {
      Vs(2048, 8, e, t);
    }
    function Ws(e) {
      R.flags |= 4;
      var t = R.updateQueue;
      if (t === null) ((t = us()), (R.updateQueue = t), (t.events = [e]));
      else {
        var n = t.events;
        n === null ? (t.events = [e]) : n.push(e);
      }
    }
    function Gs(e) {
      var t = ls().memoizedState;
      return (
        Ws({ ref: t, nextImpl: e }),
        function () {
          if (W & 2) throw Error(s(440));
          return t.impl.apply(void 0, arguments);
        }
      );
    }
    function Ks(e, t) {
      return Vs(4, 2, e, t);
    }
    function qs(e, t) {
      return Vs(4, 4, e, t);
    }
    function Js(e, t) {
      if (typeof t == `function`) {
        e = e();
        var n = t(e);
        return function () {
          typeof n == `function` ? n() : t(null);
        };
      }
      if (t != null)
        return (
          (e = e()),
          (t.current = e),
          function () {
            t.current = null;
          }
        );
    }
    function Ys(e, t, n) {
      ((n = n == null ? null : n.concat([e])), Vs(4, 4, Js.bind(null, t, e), n));
    }
    function Xs() {}
    function Zs(e, t) {
      var n = ls();
      t = t === void 0 ? null : t;
      var r = n.memoizedState;
      return t !== null && es(t, r[1]) ? r[0] : ((n.memoizedState = [e, t]), e);
    }
    function Qs(e, t) {
      var n = ls();
      t = t === void 0 ? null : t;
      var r = n.memoizedState;
      if (t !== null && es(t, r[1])) return r[0];
      if (((r = e()), Yo)) {
        ot(!0);
        try {
          e();
        } finally {
          ot(!1);
        }
      }
      return ((n.memoizedState = [r, t]), r);
    }
    function $s(e, t, n) {
      return n === void 0 || (Go & 1073741824 && !(q & 261930))
        ? (e.memoizedState = t)
        : ((e.memoizedState = n), (e = Md()), (R.lanes |= e), (sd |= e), n);
    }
    function ec(e, t, n, r) {
      return F(n, t)
        ? n
        : ko.current === null
          ? !(Go & 106) || (Go & 1073741824 && !(q & 261930))
            ? ((Ic = !0), (e.memoizedState = n))
            : ((e = Md()), (R.lanes |= e), (sd |= e), t)
          : ((e = $s(e, n, r)), F(e, t) || (Ic = !0), e);
    }
    function tc(e, t, n, r, i) {
      var a = O.p;
      O.p = a !== 0 && 8 > a ? a : 8;
      var o = D.T,
        s = {};
      ((s.types = o === null ? null : o.types), (D.T = s), pc(e, !1, t, n));
      try {
        var c = i(),
          l = D.S;
        (l !== null && l(s, c),
          typeof c == `object` && c && typeof c.then == `function` ? fc(e, t, Ka(c, r), jd(e)) : fc(e, t, r, jd(e)));
      } catch (n) {
        fc(e, t, { then: function () {}, status: `rejected`, reason: n }, jd());
      } finally {
        ((O.p = a), o !== null && s.types !== null && (o.types = s.types), (D.T = o));
      }
    }
    function nc() {}
    function rc(e, t, n, r) {
      if (e.tag !== 5) throw Error(s(476));
      var i = ic(e).queue;
      tc(
        e,
        i,
        t,
        we,
        n === null
          ? nc
          : function () {
              return (ac(e), n(r));
            },
      );
    }
    function ic(e) {
      var t = e.memoizedState;
      if (t !== null) return t;
      t = {
        memoizedState: we,
        baseState: we,
        baseQueue: null,
        queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: ms, lastRenderedState: we },
        next: null,
      };
      var n = {};
      return (
        (t.next = {
          memoizedState: n,
          baseState: n,
          baseQueue: null,
          queue: { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: ms, lastRenderedState: n },
          next: null,
        }),
        (e.memoizedState = t),
        (e = e.alternate),
        e !== null && (e.memoizedState = t),
        t
      );
    }
    function ac(e) {
      var t = ic(e);
      (t.next === null && (t = e.alternate.memoizedState), fc(e, t.next.queue, {}, jd()));
    }
    function oc() {
      return Oa(sh);
    }
    function sc() {
      return ls().memoizedState;
    }
    function cc() {
      return ls().memoizedState;
    }
    function lc(e) {
      for (var t = e.return; t !== null;) {
        switch (t.tag) {
          case 24:
          case 3:
            var n = jd();
            e = bo(n);
            var r = xo(t, e, n);
            (r !== null && (Pd(r, t, n), So(r, t, n)), (t = { cache: Fa() }), (e.payload = t));
            return;
        }
        t = t.return;
      }
    }
    function uc(e, t, n) {
      var r = jd();
      ((n = { lane: r, revertLane: 0, gesture: null, action: n, hasEagerState: !1, eagerState: null, next: null }),
        mc(e) ? hc(t, n) : ((n = Ai(e, t, n, r)), n !== null && (Pd(n, e, r), gc(n, t, r))));
    }
    function dc(e, t, n) {
      fc(e, t, n, jd());
    }
    function fc(e, t, n, r) {
      var i = { lane: r, revertLane: 0, gesture: null, action: n, hasEagerState: !1, eagerState: null, next: null };
      if (mc(e)) hc(t, i);
      else {
        var a = e.alternate;
        if (e.lanes === 0 && (a === null || a.lanes === 0) && ((a = t.lastRenderedReducer), a !== null))
          try {
            var o = t.lastRenderedState,
              s = a(o, n);
            if (((i.hasEagerState = !0), (i.eagerState = s), F(s, o))) return (ki(e, t, i, 0), G === null && Oi(), !1);
          } catch {}
        if (((n = Ai(e, t, i, r)), n !== null)) return (Pd(n, e, r), gc(n, t, r), !0);
      }
      return !1;
    }
    function pc(e, t, n, r) {
      if (
        ((r = { lane: 2, revertLane: Pf(), gesture: null, action: r, hasEagerState: !1, eagerState: null, next: null }),
        mc(e))
      ) {
        if (t) throw Error(s(479));
      } else ((t = Ai(e, n, r, 2)), t !== null && Pd(t, e, 2));
    }
    function mc(e) {
      var t = e.alternate;
      return e === R || (t !== null && t === R);
    }
    function hc(e, t) {
      Jo = qo = !0;
      var n = e.pending;
      (n === null ? (t.next = t) : ((t.next = n.next), (n.next = t)), (e.pending = t));
    }
    function gc(e, t, n) {
      if (n & 4194048) {
        var r = t.lanes;
        ((r &= e.pendingLanes), (n |= r), (t.lanes = n), wt(e, n));
      }
    }
    var _c = {
        readContext: Oa,
        use: fs,
        useCallback: B,
        useContext: B,
        useEffect: B,
        useImperativeHandle: B,
        useLayoutEffect: B,
        useInsertionEffect: B,
        useMemo: B,
        useReducer: B,
        useRef: B,
        useState: B,
        useDebugValue: B,
        useDeferredValue: B,
        useTransition: B,
        useSyncExternalStore: B,
        useId: B,
        useHostTransitionStatus: B,
        useFormState: B,
        useActionState: B,
        useOptimistic: B,
        useMemoCache: B,
        useCacheRefresh: B,
        useEffectEvent: B,
      },
      vc = {
        readContext: Oa,
        use: fs,
        useCallback: function (e, t) {
          return ((cs().memoizedState = [e, t === void 0 ? null : t]), e);
        },
        useContext: Oa,
        useEffect: Hs,
        useImperativeHandle: function (e, t, n) {
          ((n = n == null ? null : n.concat([e])), Bs(4194308, 4, Js.bind(null, t, e), n));
        },
        useLayoutEffect: function (e, t) {
          return Bs(4194308, 4, e, t);
        },
        useInsertionEffect: function (e, t) {
          Bs(4, 2, e, t);
        },
        useMemo: function (e, t) {
          var n = cs();
          t = t === void 0 ? null : t;
          var r = e();
          if (Yo) {
            ot(!0);
            try {
              e();
            } finally {
              ot(!1);
            }
          }
          return ((n.memoizedState = [r, t]), r);
        },
        useReducer: function (e, t, n) {
          var r = cs();
          if (n !== void 0) {
            var i = n(t);
            if (Yo) {
              ot(!0);
              try {
                n(t);
              } finally {
                ot(!1);
              }
            }
          } else i = t;
          return (
            (r.memoizedState = r.baseState = i),
            (e = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: e, lastRenderedState: i }),
            (r.queue = e),
            (e = e.dispatch = uc.bind(null, R, e)),
            [r.memoizedState, e]
          );
        },
        useRef: function (e) {
          var t = cs();
          return ((e = { current: e }), (t.memoizedState = e));
        },
        useState: function (e) {
          e = ws(e);
          var t = e.queue,
            n = dc.bind(null, R, t);
          return ((t.dispatch = n), [e.memoizedState, n]);
        },
        useDebugValue: Xs,
        useDeferredValue: function (e, t) {
          return $s(cs(), e, t);
        },
        useTransition: function () {
          var e = ws(!1);
          return ((e = tc.bind(null, R, e.queue, !0, !1)), (cs().memoizedState = e), [!1, e]);
        },
        useSyncExternalStore: function (e, t, n) {
          var r = R,
            i = cs();
          if (L) {
            if (n === void 0) throw Error(s(407));
            n = n();
          } else {
            if (((n = t()), G === null)) throw Error(s(349));
            q & 127 || ys(r, t, n);
          }
          i.memoizedState = n;
          var a = { value: n, getSnapshot: t };
          return (
            (i.queue = a),
            Hs(xs.bind(null, r, a, e), [e]),
            (r.flags |= 2048),
            Rs(9, { destroy: void 0 }, bs.bind(null, r, a, n, t), null),
            n
          );
        },
        useId: function () {
          var e = cs(),
            t = G.identifierPrefix;
          if (L) {
            var n = ta,
              r = ea;
            ((n = (r & ~(1 << (32 - st(r) - 1))).toString(32) + n),
              (t = `_` + t + `R_` + n),
              (n = Xo++),
              0 < n && (t += `H` + n.toString(32)),
              (t += `_`));
          } else ((n = $o++), (t = `_` + t + `r_` + n.toString(32) + `_`));
          return (e.memoizedState = t);
        },
        useHostTransitionStatus: oc,
        useFormState: Ns,
        useActionState: Ns,
        useOptimistic: function (e) {
          var t = cs();
          t.memoizedState = t.baseState = e;
          var n = { pending: null, lanes: 0, dispatch: null, lastRenderedReducer: null, lastRenderedState: null };
          return ((t.queue = n), (t = pc.bind(null, R, !0, n)), (n.dispatch = t), [e, t]);
        },
        useMemoCache: ps,
        useCacheRefresh: function () {
          return (cs().memoizedState = lc.bind(null, R));
        },
        useEffectEvent: function (e) {
          var t = cs(),
            n = { impl: e };
          return (
            (t.memoizedState = n),
            function () {
              if (W & 2) throw Error(s(440));
              return n.impl.apply(void 0, arguments);
            }
          );
        },
      },
      yc = {
        readContext: Oa,
        use: fs,
        useCallback: Zs,
        useContext: Oa,
        useEffect: Us,
        useImperativeHandle: Ys,
        useInsertionEffect: Ks,
        useLayoutEffect: qs,
        useMemo: Qs,
        useReducer: hs,
        useRef: zs,
        useState: function () {
          return hs(ms);
        },
        useDebugValue: Xs,
        useDeferredValue: function (e, t) {
          return ec(ls(), z.memoizedState, e, t);
        },
        useTransition: function () {
          var e = hs(ms)[0],
            t = ls().memoizedState;
          return [typeof e == `boolean` ? e : ds(e), t];
        },
        useSyncExternalStore: vs,
        useId: sc,
        useHostTransitionStatus: oc,
        useFormState: Ps,
        useActionState: Ps,
        useOptimistic: function (e, t) {
          return Ts(ls(), z, e, t);
        },
        useMemoCache: ps,
        useCacheRefresh: cc,
        useEffectEvent: Gs,
      },
      bc = {
        readContext: Oa,
        use: fs,
        useCallback: Zs,
        useContext: Oa,
        useEffect: Us,
        useImperativeHandle: Ys,
        useInsertionEffect: Ks,
        useLayoutEffect: qs,
        useMemo: Qs,
        useReducer: _s,
        useRef: zs,
        useState: function () {
          return _s(ms);
        },
        useDebugValue: Xs,
        useDeferredValue: function (e, t) {
          var n = ls();
          return z === null ? $s(n, e, t) : ec(n, z.memoizedState, e, t);
        },
        useTransition: function () {
          var e = _s(ms)[0],
            t = ls().memoizedState;
          return [typeof e == `boolean` ? e : ds(e), t];
        },
        useSyncExternalStore: vs,
        useId: sc,
        useHostTransitionStatus: oc,
        useFormState: Ls,
        useActionState: Ls,
        useOptimistic: function (e, t) {
          var n = ls();
          return z === null ? ((n.baseState = e), [e, n.queue.dispatch]) : Ts(n, z, e, t);
        },
        useMemoCache: ps,
        useCacheRefresh: cc,
        useEffectEvent: Gs,
      };
    function xc(e, t, n, r) {
      ((t = e.memoizedState),
        (n = n(r, t)),
        (n = n == null ? t : E({}, t, n)),
        (e.memoizedState = n),
        e.lanes === 0 && (e.updateQueue.baseState = n));
    }
    var Sc = {
      enqueueSetState: function (e, t, n) {
        e = e._reactInternals;
        var r = jd(),
          i = bo(r);
        ((i.payload = t), n != null && (i.callback = n), (t = xo(e, i, r)), t !== null && (Pd(t, e, r), So(t, e, r)));
      },
      enqueueReplaceState: function (e, t, n) {
        e = e._reactInternals;
        var r = jd(),
          i = bo(r);
        ((i.tag = 1),
          (i.payload = t),
          n != null && (i.callback = n),
          (t = xo(e, i, r)),
          t !== null && (Pd(t, e, r), So(t, e, r)));
      },
      enqueueForceUpdate: function (e, t) {
        e = e._reactInternals;
        var n = jd(),
          r = bo(n);
        ((r.tag = 2), t != null && (r.callback = t), (t = xo(e, r, n)), t !== null && (Pd(t, e, n), So(t, e, n)));
      },
    };
    function Cc(e, t, n, r, i, a, o) {
      return (
        (e = e.stateNode),
        typeof e.shouldComponentUpdate == `function`
          ? e.shouldComponentUpdate(r, a, o)
          : t.prototype && t.prototype.isPureReactComponent
            ? !Kr(n, r) || !Kr(i, a)
            : !0
      );
    }
    function wc(e, t, n, r) {
      ((e = t.state),
        typeof t.componentWillReceiveProps == `function` && t.componentWillReceiveProps(n, r),
        typeof t.UNSAFE_componentWillReceiveProps == `function` && t.UNSAFE_componentWillReceiveProps(n, r),
        t.state !== e && Sc.enqueueReplaceState(t, t.state, null));
    }
    function Tc(e, t) {
      var n = t;
      if (`ref` in t) for (var r in ((n = {}), t)) r !== `ref` && (n[r] = t[r]);
      if ((e = e.defaultProps)) for (var i in (n === t && (n = E({}, n)), e)) n[i] === void 0 && (n[i] = e[i]);
      return n;
    }
    function Ec(e) {
      wi(e);
    }
    function Dc(e) {
      console.error(e);
    }
    function Oc(e) {
      wi(e);
    }
    function kc(e, t) {
      try {
        var n = e.onUncaughtError;
        n(t.value, { componentStack: t.stack });
      } catch (e) {
        setTimeout(function () {
          throw e;
        });
      }
    }
    function Ac(e, t, n) {
      try {
        var r = e.onCaughtError;
        r(n.value, { componentStack: n.stack, errorBoundary: t.tag === 1 ? t.stateNode : null });
      } catch (e) {
        setTimeout(function () {
          throw e;
        });
      }
    }
    function jc(e, t, n) {
      return (
        (n = bo(n)),
        (n.tag = 3),
        (n.payload = { element: null }),
        (n.callback = function () {
          kc(e, t);
        }),
        n
      );
    }
    function Mc(e) {
      return ((e = bo(e)), (e.tag = 3), e);
    }
    function Nc(e, t, n, r) {
      var i = n.type.getDerivedStateFromError;
      if (typeof i == `function`) {
        var a = r.value;
        ((e.payload = function () {
          return i(a);
        }),
          (e.callback = function () {
            Ac(t, n, r);
          }));
      }
      var o = n.stateNode;
      o !== null &&
        typeof o.componentDidCatch == `function` &&
        (e.callback = function () {
          (Ac(t, n, r), typeof i != `function` && (yd === null ? (yd = new Set([this])) : yd.add(this)));
          var e = r.stack;
          this.componentDidCatch(r.value, { componentStack: e === null ? `` : e });
        });
    }
    function Pc(e, t, n, r, i) {
      if (((n.flags |= 32768), typeof r == `object` && r && typeof r.then == `function`)) {
        if (((t = n.alternate), t !== null && Ta(t, n, i, !0), (n = Po.current), n !== null)) {
          switch (n.tag) {
            case 31:
            case 13:
            case 19:
              return (
                Fo === null ? Kd() : n.alternate === null && Y === 0 && (Y = 3),
                (n.flags &= -257),
                (n.flags |= 65536),
                (n.lanes = i),
                r === to
                  ? (n.flags |= 16384)
                  : ((t = n.updateQueue), t === null ? (n.updateQueue = new Set([r])) : t.add(r), mf(e, r, i)),
                !1
              );
            case 22:
              return (
                (n.flags |= 65536),
                r === to
                  ? (n.flags |= 16384)
                  : ((t = n.updateQueue),
                    t === null
                      ? ((t = { transitions: null, markerInstances: null, retryQueue: new Set([r]) }),
                        (n.updateQueue = t))
                      : ((n = t.retryQueue), n === null ? (t.retryQueue = new Set([r])) : n.add(r)),
                    mf(e, r, i)),
                !1
              );
          }
          throw Error(s(435, n.tag));
        }
        return (mf(e, r, i), Kd(), !1);
      }
      if (L)
        return (
          (t = Po.current),
          t === null
            ? (r !== ua && ((t = Error(s(423), { cause: r })), _a(Ki(t, n))),
              (e = e.current.alternate),
              (e.flags |= 65536),
              (i &= -i),
              (e.lanes |= i),
              (r = Ki(r, n)),
              (i = jc(e.stateNode, r, i)),
              Co(e, i),
              Y !== 4 && (Y = 2))
            : (!(t.flags & 65536) && (t.flags |= 256),
              (t.flags |= 65536),
              (t.lanes = i),
              r !== ua && ((e = Error(s(422), { cause: r })), _a(Ki(e, n)))),
          !1
        );
      var a = Error(s(520), { cause: r });
      if (((a = Ki(a, n)), fd === null ? (fd = [a]) : fd.push(a), Y !== 4 && (Y = 2), t === null)) return !0;
      ((r = Ki(r, n)), (n = t));
      do {
        switch (n.tag) {
          case 3:
            return ((n.flags |= 65536), (e = i & -i), (n.lanes |= e), (e = jc(n.stateNode, r, e)), Co(n, e), !1);
          case 1:
            if (
              ((t = n.type),
              (a = n.stateNode),
              !(n.flags & 128) &&
                (typeof t.getDerivedStateFromError == `function` ||
                  (a !== null && typeof a.componentDidCatch == `function` && (yd === null || !yd.has(a)))))
            )
              return ((n.flags |= 65536), (i &= -i), (n.lanes |= i), (i = Mc(i)), Nc(i, e, n, r), Co(n, i), !1);
            break;
          case 22:
            if (n.memoizedState !== null) return ((n.flags |= 65536), !1);
        }
        n = n.return;
      } while (n !== null);
      return !1;
    }
    var Fc = Error(s(461)),
      Ic = !1;
    function Lc(e, t, n, r) {
      t.child = e === null ? go(t, null, n, r) : ho(t, e.child, n, r);
    }
    function Rc(e, t, n, r, i) {
      n = n.render;
      var a = t.ref;
      if (`ref` in r) {
        var o = {};
        for (var s in r) s !== `ref` && (o[s] = r[s]);
      } else o = r;
      return (
        Da(t),
        (r = ts(e, t, n, o, a, i)),
        (s = as()),
        e !== null && !Ic ? (os(e, t, i), fl(e, t, i)) : (L && s && ia(t), (t.flags |= 1), Lc(e, t, r, i), t.child)
      );
    }
    function zc(e, t, n, r, i) {
      if (e === null) {
        var a = n.type;
        return typeof a == `function` && !Li(a) && a.defaultProps === void 0 && n.compare === null
          ? ((t.tag = 15), (t.type = a), Bc(e, t, a, r, i))
          : ((e = Bi(n.type, null, r, t, t.mode, i)), (e.ref = t.ref), (e.return = t), (t.child = e));
      }
      if (((a = e.child), !pl(e, i))) {
        var o = a.memoizedProps;
        if (((n = n.compare), (n = n === null ? Kr : n), n(o, r) && e.ref === t.ref)) return fl(e, t, i);
      }
      return ((t.flags |= 1), (e = Ri(a, r)), (e.ref = t.ref), (e.return = t), (t.child = e));
    }
    function Bc(e, t, n, r, i) {
      if (e !== null) {
        var a = e.memoizedProps;
        if (Kr(a, r) && e.ref === t.ref) {
          if (((Ic = !1), (t.pendingProps = r = a), pl(e, i))) e.flags & 131072 && (Ic = !0);
          else return ((t.lanes = e.lanes), fl(e, t, i));
        }
      }
      return Jc(e, t, n, r, i);
    }
    function Vc(e, t, n, r) {
      var i = r.children,
        a = e === null ? null : e.memoizedState;
      if (
        (e === null &&
          t.stateNode === null &&
          (t.stateNode = { _visibility: 1, _pendingMarkers: null, _retryCache: null, _transitions: null }),
        r.mode === `hidden`)
      ) {
        if (t.flags & 128) {
          if (((a = a === null ? n : a.baseLanes | n), e !== null)) {
            for (r = t.child = e.child, i = 0; r !== null;) ((i = i | r.lanes | r.childLanes), (r = r.sibling));
            r = i & ~a;
          } else ((r = 0), (t.child = null));
          return Uc(e, t, a, n, r);
        }
        if (n & 536870912)
          ((t.memoizedState = { baseLanes: 0, cachePool: null }),
            e !== null && Xa(t, a === null ? null : a.cachePool),
            a === null ? Mo() : jo(t, a),
            Ro(t));
        else return ((r = t.lanes = 536870912), Uc(e, t, a === null ? n : a.baseLanes | n, n, r));
      } else
        a === null
          ? (e !== null && Xa(t, null), Mo(), zo())
          : (Xa(t, a.cachePool), jo(t, a), zo(), (t.memoizedState = null));
      return (Lc(e, t, i, n), t.child);
    }
    function Hc(e, t) {
      return (
        (e !== null && e.tag === 22) ||
          t.stateNode !== null ||
          (t.stateNode = { _visibility: 1, _pendingMarkers: null, _retryCache: null, _transitions: null }),
        t.sibling
      );
    }
    function Uc(e, t, n, r, i) {
      var a = Ya();
      return (
        (a = a === null ? null : { parent: Pa._currentValue, pool: a }),
        (t.memoizedState = { baseLanes: n, cachePool: a }),
        e !== null && Xa(t, null),
        Mo(),
        Ro(t),
        e !== null && Ta(e, t, r, !0),
        (t.childLanes = i),
        null
      );
    }
    function Wc(e, t) {
      return (
        (t = rl({ mode: t.mode, children: t.children }, e.mode)),
        (t.ref = e.ref),
        (e.child = t),
        (t.return = e),
        t
      );
    }
    function Gc(e, t, n) {
      return (ho(t, e.child, null, n), (e = Wc(t, t.pendingProps)), (e.flags |= 2), Bo(t), (t.memoizedState = null), e);
    }
    function Kc(e, t, n) {
      var r = t.pendingProps,
        i = !!(t.flags & 128);
      if (((t.flags &= -129), e === null)) {
        if (L) {
          if (r.mode === `hidden`)
            return (
              (e = Wc(t, r)),
              (t.lanes = 536870912),
              (e.memoizedState = { baseLanes: 0, cachePool: null }),
              Hc(null, e)
            );
          if (
            (Lo(t),
            (e = I)
              ? ((e = am(e, la)),
                (e = e !== null && e.data === `&` ? e : null),
                e !== null &&
                  ((t.memoizedState = {
                    dehydrated: e,
                    treeContext: $i === null ? null : { id: ea, overflow: ta },
                    retryLane: 536870912,
                    hydrationErrors: null,
                  }),
                  (n = Ui(e)),
                  (n.return = t),
                  (t.child = n),
                  (sa = t),
                  (I = null)))
              : (e = null),
            e === null)
          )
            throw da(t);
          return ((t.lanes = 536870912), null);
        }
        return Wc(t, r);
      }
      var a = e.memoizedState;
      if (a !== null) {
        var o = a.dehydrated;
        if ((Lo(t), i)) {
          if (t.flags & 256) ((t.flags &= -257), (t = Gc(e, t, n)));
          else if (t.memoizedState !== null) ((t.child = e.child), (t.flags |= 128), (t = null));
          else throw Error(s(558));
        } else if ((Ic || Ta(e, t, n, !1), (i = (n & e.childLanes) !== 0), Ic || i)) {
          if (ko.current === null) {
            if (((r = G), r !== null && ((o = Tt(r, n)), o !== 0 && o !== a.retryLane)))
              throw ((a.retryLane = o), ji(e, o), Pd(r, e, o), Fc);
            Kd();
          }
          t = Gc(e, t, n);
        } else
          ((e = a.treeContext),
            (I = lm(o.nextSibling)),
            (sa = t),
            (L = !0),
            (ca = null),
            (la = !1),
            e !== null && oa(t, e),
            (t = Wc(t, r)),
            (t.flags |= 134221824));
        return t;
      }
      return (
        (e = Ri(e.child, { mode: r.mode, children: r.children })),
        (e.ref = t.ref),
        (t.child = e),
        (e.return = t),
        e
      );
    }
    function qc(e, t) {
      var n = t.ref;
      if (n === null) e !== null && e.ref !== null && (t.flags |= 4194816);
      else {
        if (typeof n != `function` && typeof n != `object`) throw Error(s(284));
        (e === null || e.ref !== n) && (t.flags |= 4194816);
      }
    }
    function Jc(e, t, n, r, i) {
      return (
        Da(t),
        (n = ts(e, t, n, r, void 0, i)),
        (r = as()),
        e !== null && !Ic ? (os(e, t, i), fl(e, t, i)) : (L && r && ia(t), (t.flags |= 1), Lc(e, t, n, i), t.child)
      );
    }
    function Yc(e, t, n, r, i, a) {
      return (
        Da(t),
        (t.updateQueue = null),
        (n = rs(t, r, n, i)),
        ns(e),
        (r = as()),
        e !== null && !Ic ? (os(e, t, a), fl(e, t, a)) : (L && r && ia(t), (t.flags |= 1), Lc(e, t, n, a), t.child)
      );
    }
    function Xc(e, t, n, r, i) {
      if ((Da(t), t.stateNode === null)) {
        var a = Pi,
          o = n.contextType;
        (typeof o == `object` && o && (a = Oa(o)),
          (a = new n(r, a)),
          (t.memoizedState = a.state !== null && a.state !== void 0 ? a.state : null),
          (a.updater = Sc),
          (t.stateNode = a),
          (a._reactInternals = t),
          (a = t.stateNode),
          (a.props = r),
          (a.state = t.memoizedState),
          (a.refs = {}),
          vo(t),
          (o = n.contextType),
          (a.context = typeof o == `object` && o ? Oa(o) : Pi),
          (a.state = t.memoizedState),
          (o = n.getDerivedStateFromProps),
          typeof o == `function` && (xc(t, n, o, r), (a.state = t.memoizedState)),
          typeof n.getDerivedStateFromProps == `function` ||
            typeof a.getSnapshotBeforeUpdate == `function` ||
            (typeof a.UNSAFE_componentWillMount != `function` && typeof a.componentWillMount != `function`) ||
            ((o = a.state),
            typeof a.componentWillMount == `function` && a.componentWillMount(),
            typeof a.UNSAFE_componentWillMount == `function` && a.UNSAFE_componentWillMount(),
            o !== a.state && Sc.enqueueReplaceState(a, a.state, null),
            Eo(t, r, a, i),
            To(),
            (a.state = t.memoizedState)),
          typeof a.componentDidMount == `function` && (t.flags |= 4194308),
          (r = !0));
      } else if (e === null) {
        a = t.stateNode;
        var s = t.memoizedProps,
          c = Tc(n, s);
        a.props = c;
        var l = a.context,
          u = n.contextType;
        ((o = Pi), typeof u == `object` && u && (o = Oa(u)));
        var d = n.getDerivedStateFromProps;
        ((u = typeof d == `function` || typeof a.getSnapshotBeforeUpdate == `function`),
          (s = t.pendingProps !== s),
          u ||
            (typeof a.UNSAFE_componentWillReceiveProps != `function` &&
              typeof a.componentWillReceiveProps != `function`) ||
            ((s || l !== o) && wc(t, a, r, o)),
          (_o = !1));
        var f = t.memoizedState;
        ((a.state = f),
          Eo(t, r, a, i),
          To(),
          (l = t.memoizedState),
          s || f !== l || _o
            ? (typeof d == `function` && (xc(t, n, d, r), (l = t.memoizedState)),
              (c = _o || Cc(t, n, c, r, f, l, o))
                ? (u ||
                    (typeof a.UNSAFE_componentWillMount != `function` && typeof a.componentWillMount != `function`) ||
                    (typeof a.componentWillMount == `function` && a.componentWillMount(),
                    typeof a.UNSAFE_componentWillMount == `function` && a.UNSAFE_componentWillMount()),
                  typeof a.componentDidMount == `function` && (t.flags |= 4194308))
                : (typeof a.componentDidMount == `function` && (t.flags |= 4194308),
                  (t.memoizedProps = r),
                  (t.memoizedState = l)),
              (a.props = r),
              (a.state = l),
              (a.context = o),
              (r = c))
            : (typeof a.componentDidMount == `function` && (t.flags |= 4194308), (r = !1)));
      } else {
        ((a = t.stateNode),
          yo(e, t),
          (o = t.memoizedProps),
          (u = Tc(n, o)),
          (a.props = u),
          (d = t.pendingProps),
          (f = a.context),
          (l = n.contextType),
          (c = Pi),
          typeof l == `object` && l && (c = Oa(l)),
          (s = n.getDerivedStateFromProps),
          (l = typeof s == `function` || typeof a.getSnapshotBeforeUpdate == `function`) ||
            (typeof a.UNSAFE_componentWillReceiveProps != `function` &&
              typeof a.componentWillReceiveProps != `function`) ||
            ((o !== d || f !== c) && wc(t, a, r, c)),
          (_o = !1),
          (f = t.memoizedState),
          (a.state = f),
          Eo(t, r, a, i),
          To());
        var p = t.memoizedState;
        o !== d || f !== p || _o || (e !== null && e.dependencies !== null && Ea(e.dependencies))
          ? (typeof s == `function` && (xc(t, n, s, r), (p = t.memoizedState)),
            (u = _o || Cc(t, n, u, r, f, p, c) || (e !== null && e.dependencies !== null && Ea(e.dependencies)))
              ? (l ||
                  (typeof a.UNSAFE_componentWillUpdate != `function` && typeof a.componentWillUpdate != `function`) ||
                  (typeof a.componentWillUpdate == `function` && a.componentWillUpdate(r, p, c),
                  typeof a.UNSAFE_componentWillUpdate == `function` && a.UNSAFE_componentWillUpdate(r, p, c)),
                typeof a.componentDidUpdate == `function` && (t.flags |= 4),
                typeof a.getSnapshotBeforeUpdate == `function` && (t.flags |= 1024))
              : (typeof a.componentDidUpdate != `function` ||
                  (o === e.memoizedProps && f === e.memoizedState) ||
                  (t.flags |= 4),
                typeof a.getSnapshotBeforeUpdate != `function` ||
                  (o === e.memoizedProps && f === e.memoizedState) ||
                  (t.flags |= 1024),
                (t.memoizedProps = r),
                (t.memoizedState = p)),
            (a.props = r),
            (a.state = p),
            (a.context = c),
            (r = u))
          : (typeof a.componentDidUpdate != `function` ||
              (o === e.memoizedProps && f === e.memoizedState) ||
              (t.flags |= 4),
            typeof a.getSnapshotBeforeUpdate != `function` ||
              (o === e.memoizedProps && f === e.memoizedState) ||
              (t.flags |= 1024),
            (r = !1));
      }
      return (
        (a = r),
        qc(e, t),
        (r = !!(t.flags & 128)),
        a || r
          ? ((a = t.stateNode),
            (n = r && typeof n.getDerivedStateFromError != `function` ? null : a.render()),
            (t.flags |= 1),
            e !== null && r ? ((t.child = ho(t, e.child, null, i)), (t.child = ho(t, null, n, i))) : Lc(e, t, n, i),
            (t.memoizedState = a.state),
            (e = t.child))
          : (e = fl(e, t, i)),
        e
      );
    }
    function Zc(e, t, n, r) {
      return (ha(), (t.flags |= 256), Lc(e, t, n, r), t.child);
    }
    var Qc = { dehydrated: null, treeContext: null, retryLane: 0, hydrationErrors: null };
    function $c(e) {
      return { baseLanes: e, cachePool: Za() };
    }
    function el(e, t, n) {
      return ((e = e === null ? 0 : e.childLanes & ~n), t && (e |= ud), e);
    }
    function tl(e, t, n) {
      var r = t.pendingProps,
        i = !1,
        a = !!(t.flags & 128),
        o;
      if (
        ((o = a) || (o = e !== null && e.memoizedState === null ? !1 : !!(Vo.current & 2)),
        o && ((i = !0), (t.flags &= -129)),
        (o = !!(t.flags & 32)),
        (t.flags &= -33),
        e === null)
      ) {
        if (L) {
          if (
            (i ? Io(t) : zo(),
            (e = I)
              ? ((e = am(e, la)),
                (e = e !== null && e.data !== `&` ? e : null),
                e !== null &&
                  ((t.memoizedState = {
                    dehydrated: e,
                    treeContext: $i === null ? null : { id: ea, overflow: ta },
                    retryLane: 536870912,
                    hydrationErrors: null,
                  }),
                  (n = Ui(e)),
                  (n.return = t),
                  (t.child = n),
                  (sa = t),
                  (I = null)))
              : (e = null),
            e === null)
          )
            throw da(t);
          return ((t.lanes = sm(e) ? 32 : 536870912), null);
        }
        return (
          (a = r.children),
          (r = r.fallback),
          i
            ? (zo(),
              (i = t.mode),
              (a = rl({ mode: `hidden`, children: a }, i)),
              (r = Vi(r, i, n, null)),
              (a.return = t),
              (r.return = t),
              (a.sibling = r),
              (t.child = a),
              (r = t.child),
              (r.memoizedState = $c(n)),
              (r.childLanes = el(e, o, n)),
              (t.memoizedState = Qc),
              Hc(null, r))
            : (Io(t), nl(t, a))
        );
      }
      var s = e.memoizedState;
      if (s !== null) {
        var c = s.dehydrated;
        if (c !== null) return al(e, t, a, o, r, c, s, n);
      }
      return i
        ? (zo(),
          (i = r.fallback),
          (a = t.mode),
          (s = e.child),
          (c = s.sibling),
          (r = Ri(s, { mode: `hidden`, children: r.children })),
          (r.subtreeFlags = s.subtreeFlags & 1206910976),
          c === null ? ((i = Vi(i, a, n, null)), (i.flags |= 2)) : (i = Ri(c, i)),
          (i.return = t),
          (r.return = t),
          (r.sibling = i),
          (t.child = r),
          Hc(null, r),
          (r = t.child),
          (i = e.child.memoizedState),
          i === null
            ? (i = $c(n))
            : ((a = i.cachePool),
              a === null ? (a = Za()) : ((s = Pa._currentValue), (a = a.parent === s ? a : { parent: s, pool: s })),
              (i = { baseLanes: i.baseLanes | n, cachePool: a })),
          (r.memoizedState = i),
          (r.childLanes = el(e, o, n)),
          (t.memoizedState = Qc),
          Hc(e.child, r))
        : (Io(t),
          (n = e.child),
          (e = n.sibling),
          (n = Ri(n, { mode: `visible`, children: r.children })),
          (n.return = t),
          (n.sibling = null),
          e !== null && ((o = t.deletions), o === null ? ((t.deletions = [e]), (t.flags |= 16)) : o.push(e)),
          (t.child = n),
          (t.memoizedState = null),
          n);
    }
    function nl(e, t) {
      return ((t = rl({ mode: `visible`, children: t }, e.mode)), (t.return = e), (e.child = t));
    }
    function rl(e, t) {
      return ((e = Ii(22, e, null, t)), (e.lanes = 0), e);
    }
    function il(e, t, n) {
      return (
        ho(t, e.child, null, n),
        (e = nl(t, t.pendingProps.children)),
        (e.flags |= 2),
        (t.memoizedState = null),
        e
      );
    }
    function al(e, t, n, r, i, a, o, c) {
      if (n)
        return t.flags & 256
          ? (Io(t), (t.flags &= -257), il(e, t, c))
          : t.memoizedState === null
            ? (zo(),
              (a = i.fallback),
              (o = t.mode),
              (i = rl({ mode: `visible`, children: i.children }, o)),
              (a = Vi(a, o, c, null)),
              (a.flags |= 2),
              (i.return = t),
              (a.return = t),
              (i.sibling = a),
              (t.child = i),
              ho(t, e.child, null, c),
              (i = t.child),
              (i.memoizedState = $c(c)),
              (i.childLanes = el(e, r, c)),
              (t.memoizedState = Qc),
              Hc(null, i))
            : (zo(), (t.child = e.child), (t.flags |= 128), null);
      if ((Io(t), sm(a))) {
        if (((r = a.nextSibling && a.nextSibling.dataset), r)) var l = r.dgst;
        return (
          (r = l),
          r !== `` &&
            ((i = Error(s(419))), (i.stack = ``), (i.digest = r), _a({ value: i, source: null, stack: null })),
          il(e, t, c)
        );
      }
      if ((Ic || Ta(e, t, c, !1), (r = (c & e.childLanes) !== 0), Ic || r)) {
        if (ko.current !== null) return il(e, t, c);
        if (((r = G), r !== null && ((i = Tt(r, c)), i !== 0 && i !== o.retryLane)))
          throw ((o.retryLane = i), ji(e, i), Pd(r, e, i), Fc);
        return (om(a) || Kd(), il(e, t, c));
      }
      return om(a)
        ? ((t.flags |= 192), (t.child = e.child), null)
        : ((e = o.treeContext),
          (I = lm(a.nextSibling)),
          (sa = t),
          (L = !0),
          (ca = null),
          (la = !1),
          e !== null && oa(t, e),
          (t = nl(t, i.children)),
          (t.flags |= 134221824),
          t);
    }
    function ol(e, t, n) {
      e.lanes |= t;
      var r = e.alternate;
      (r !== null && (r.lanes |= t), Ca(e.return, t, n));
    }
    function sl(e) {
      for (var t = null; e !== null;) {
        var n = e.alternate;
        (n !== null && Wo(n) === null && (t = e), (e = e.sibling));
      }
      return t;
    }
    function cl(e, t, n, r, i, a) {
      var o = e.memoizedState;
      o === null
        ? (e.memoizedState = {
            isBackwards: t,
            rendering: null,
            renderingStartTime: 0,
            last: r,
            tail: n,
            tailMode: i,
            treeForkCount: a,
          })
        : ((o.isBackwards = t),
          (o.rendering = null),
          (o.renderingStartTime = 0),
          (o.last = r),
          (o.tail = n),
          (o.tailMode = i),
          (o.treeForkCount = a));
    }
    function ll(e) {
      var t = e.child;
      for (e.child = null; t !== null;) {
        var n = t.sibling;
        ((t.sibling = e.child), (e.child = t), (t = n));
      }
    }
    function ul(e, t, n) {
      var r = t.pendingProps,
        i = r.revealOrder,
        a = r.tail;
      r = r.children;
      var o = Vo.current;
      if (t.flags & 128) return (Ho(t, o), null);
      var s = !!(o & 2);
      if (
        (s ? ((o = (o & 1) | 2), (t.flags |= 128)) : (o &= 1),
        Ho(t, o),
        i === `backwards` && e !== null ? (ll(e), Lc(e, t, r, n), ll(e)) : Lc(e, t, r, n),
        (r = L ? Xi : 0),
        !s && e !== null && e.flags & 128)
      )
        a: for (e = t.child; e !== null;) {
          if (e.tag === 13) e.memoizedState !== null && ol(e, n, t);
          else if (e.tag === 19) ol(e, n, t);
          else if (e.child !== null) {
            ((e.child.return = e), (e = e.child));
            continue;
          }
          if (e === t) break a;
          for (; e.sibling === null;) {
            if (e.return === null || e.return === t) break a;
            e = e.return;
          }
          ((e.sibling.return = e.return), (e = e.sibling));
        }
      switch (i) {
        case `backwards`:
          ((n = sl(t.child)),
            n === null ? ((i = t.child), (t.child = null)) : ((i = n.sibling), (n.sibling = null), ll(t)),
            cl(t, !0, i, null, a, r));
          break;
        case `unstable_legacy-backwards`:
          for (n = null, i = t.child, t.child = null; i !== null;) {
            if (((e = i.alternate), e !== null && Wo(e) === null)) {
              t.child = i;
              break;
            }
            ((e = i.sibling), (i.sibling = n), (n = i), (i = e));
          }
          cl(t, !0, n, null, a, r);
          break;
        case `together`:
          cl(t, !1, null, null, void 0, r);
          break;
        case `independent`:
          t.memoizedState = null;
          break;
        default:
          ((n = sl(t.child)),
            n === null ? ((i = t.child), (t.child = null)) : ((i = n.sibling), (n.sibling = null)),
            cl(t, !1, i, n, a, r));
      }
      return t.child;
    }
    function dl(e, t, n) {
      var r = t.pendingProps;
      return (xa(t, t.type, r.value), Lc(e, t, r.children, n), t.child);
    }
    function fl(e, t, n) {
      if ((e !== null && (t.dependencies = e.dependencies), (sd |= t.lanes), (n & t.childLanes) === 0)) {
        if (e !== null) {
          if ((Ta(e, t, n, !1), (n & t.childLanes) === 0)) return null;
        } else return null;
      }
      if (e !== null && t.child !== e.child) throw Error(s(153));
      if (t.child !== null) {
        for (e = t.child, n = Ri(e, e.pendingProps), t.child = n, n.return = t; e.sibling !== null;)
          ((e = e.sibling), (n = n.sibling = Ri(e, e.pendingProps)), (n.return = t));
        n.sibling = null;
      }
      return t.child;
    }
    function pl(e, t) {
      return (e.lanes & t) !== 0 || ((e = e.dependencies), !!(e !== null && Ea(e)));
    }
    function ml(e, t, n) {
      switch (t.tag) {
        case 3:
          (Ne(t, t.stateNode.containerInfo), xa(t, Pa, e.memoizedState.cache), ha());
          break;
        case 27:
        case 5:
          Fe(t);
          break;
        case 4:
          Ne(t, t.stateNode.containerInfo);
          break;
        case 10:
          xa(t, t.type, t.memoizedProps.value);
          break;
        case 31:
          if (t.memoizedState !== null) return ((t.flags |= 128), Lo(t), null);
          break;
        case 13:
          var r = t.memoizedState;
          if (r !== null) {
            if (r.dehydrated !== null) return (Io(t), (t.flags |= 128), null);
            r = Ta(e, t, n, !1);
            var i = t.child.childLanes;
            return r || (n & i) !== 0 ? tl(e, t, n) : (Io(t), (e = fl(e, t, n)), e === null ? null : e.sibling);
          }
          Io(t);
          break;
        case 19:
          if (t.flags & 128) return ul(e, t, n);
          if (
            ((i = !!(e.flags & 128)),
            (r = (n & t.childLanes) !== 0),
            (r ||= (Ta(e, t, n, !1), (n & t.childLanes) !== 0)),
            i)
          ) {
            if (r) return ul(e, t, n);
            t.flags |= 128;
          }
          if (
            ((i = t.memoizedState),
            i !== null && ((i.rendering = null), (i.tail = null), (i.lastEffect = null)),
            Ho(t, Vo.current),
            r)
          )
            break;
          return null;
        case 22:
          return ((t.lanes = 0), Vc(e, t, n, t.pendingProps));
        case 24:
          xa(t, Pa, e.memoizedState.cache);
      }
      return fl(e, t, n);
    }
    function hl(e, t, n) {
      if (e !== null) {
        if (e.memoizedProps !== t.pendingProps) Ic = !0;
        else {
          if (!pl(e, n) && !(t.flags & 128)) return ((Ic = !1), ml(e, t, n));
          Ic = !!(e.flags & 131072);
        }
      } else ((Ic = !1), L && t.flags & 1048576 && ra(t, Xi, t.index));
      switch (((t.lanes = 0), t.tag)) {
        case 16:
          a: {
            var r = t.pendingProps;
            if (((e = io(t.elementType)), (t.type = e), typeof e == `function`))
              Li(e)
                ? ((r = Tc(e, r)), (t.tag = 1), (t = Xc(null, t, e, r, n)))
                : ((t.tag = 0), (t = Jc(null, t, e, r, n)));
            else {
              if (e != null) {
                var i = e.$$typeof;
                if (i === le) {
                  ((t.tag = 11), (t = Rc(null, t, e, r, n)));
                  break a;
                }
                if (i === fe) {
                  ((t.tag = 14), (t = zc(null, t, e, r, n)));
                  break a;
                }
                if (i === ce) {
                  ((t.tag = 10), (t.type = e), (t = dl(null, t, n)));
                  break a;
                }
              }
              throw ((t = Se(e) || e), Error(s(306, t, ``)));
            }
          }
          return t;
        case 0:
          return Jc(e, t, t.type, t.pendingProps, n);
        case 1:
          return ((r = t.type), (i = Tc(r, t.pendingProps)), Xc(e, t, r, i, n));
        case 3:
          a: {
            if ((Ne(t, t.stateNode.containerInfo), e === null)) throw Error(s(387));
            r = t.pendingProps;
            var a = t.memoizedState;
            ((i = a.element), yo(e, t), Eo(t, r, null, n));
            var o = t.memoizedState;
            if (
              ((r = o.cache), xa(t, Pa, r), r !== a.cache && wa(t, [Pa], n, !0), To(), (r = o.element), a.isDehydrated)
            ) {
              if (
                ((a = { element: r, isDehydrated: !1, cache: o.cache }),
                (t.updateQueue.baseState = a),
                (t.memoizedState = a),
                t.flags & 256)
              ) {
                t = Zc(e, t, r, n);
                break a;
              }
              if (r !== i) {
                ((i = Ki(Error(s(424)), t)), _a(i), (t = Zc(e, t, r, n)));
                break a;
              }
              switch (((e = t.stateNode.containerInfo), e.nodeType)) {
                case 9:
                  e = e.body;
                  break;
                default:
                  e = e.nodeName === `HTML` ? e.ownerDocument.body : e;
              }
              for (I = lm(e.firstChild), sa = t, L = !0, ca = null, la = !0, n = go(t, null, r, n), t.child = n; n;)
                ((n.flags = (n.flags & -3) | 134221824), (n = n.sibling));
            } else {
              if ((ha(), r === i)) {
                t = fl(e, t, n);
                break a;
              }
              Lc(e, t, r, n);
            }
            t = t.child;
          }
          return t;
        case 26:
          return (
            qc(e, t),
            e === null
              ? (n = Nm(t.type, null, t.pendingProps, null))
                ? (t.memoizedState = n)
                : L || (t.stateNode = fp(t.type, t.pendingProps, je.current, t))
              : (t.memoizedState = Nm(t.type, e.memoizedProps, t.pendingProps, e.memoizedState)),
            null
          );
        case 27:
          return (
            Fe(t),
            e === null &&
              L &&
              ((r = t.stateNode = hm(t.type, t.pendingProps, je.current)),
              (sa = t),
              (la = !0),
              (i = I),
              Sp(t.type) ? ((um = i), (I = lm(r.firstChild))) : (I = i)),
            Lc(e, t, t.pendingProps.children, n),
            qc(e, t),
            e === null && (t.flags |= 4194304),
            t.child
          );
        case 5:
          return (
            e === null &&
              L &&
              ((i = r = I) &&
                ((r = rm(r, t.type, t.pendingProps, la)),
                r === null ? (i = !1) : ((t.stateNode = r), (sa = t), (I = lm(r.firstChild)), (la = !1), (i = !0))),
              i || da(t)),
            Fe(t),
            (i = t.type),
            (a = t.pendingProps),
            (o = e === null ? null : e.memoizedProps),
            (r = a.children),
            pp(i, a) ? (r = null) : o !== null && pp(i, o) && (t.flags |= 32),
            t.memoizedState !== null && ((i = ts(e, t, is, null, null, n)), (sh._currentValue = i)),
            qc(e, t),
            Lc(e, t, r, n),
            t.child
          );
        case 6:
          return (
            e === null &&
              L &&
              ((e = n = I) &&
                ((n = im(n, t.pendingProps, la)),
                n === null ? (e = !1) : ((t.stateNode = n), (sa = t), (I = null), (e = !0))),
              e || da(t)),
            null
          );
        case 13:
          return tl(e, t, n);
        case 4:
          return (
            Ne(t, t.stateNode.containerInfo),
            (r = t.pendingProps),
            e === null ? (t.child = ho(t, null, r, n)) : Lc(e, t, r, n),
            t.child
          );
        case 11:
          return Rc(e, t, t.type, t.pendingProps, n);
        case 7:
          return ((r = t.pendingProps), qc(e, t), Lc(e, t, r, n), t.child);
        case 8:
          return (Lc(e, t, t.pendingProps.children, n), t.child);
        case 12:
          return (Lc(e, t, t.pendingProps.children, n), t.child);
        case 10:
          return dl(e, t, n);
        case 9:
          return (
            (i = t.type._context),
            (r = t.pendingProps.children),
            Da(t),
            (i = Oa(i)),
            (r = r(i)),
            (t.flags |= 1),
            Lc(e, t, r, n),
            t.child
          );
        case 14:
          return zc(e, t, t.type, t.pendingProps, n);
        case 15:
          return Bc(e, t, t.type, t.pendingProps, n);
        case 19:
          return ul(e, t, n);
        case 31:
          return Kc(e, t, n);
        case 22:
          return Vc(e, t, n, t.pendingProps);
        case 24:
          return (
            Da(t),
            (r = Oa(Pa)),
            e === null
              ? ((i = Ya()),
                i === null &&
                  ((i = G),
                  (a = Fa()),
                  (i.pooledCache = a),
                  a.refCount++,
                  a !== null && (i.pooledCacheLanes |= n),
                  (i = a)),
                (t.memoizedState = { parent: r, cache: i }),
                vo(t),
                xa(t, Pa, i))
              : ((e.lanes & n) !== 0 && (yo(e, t), Eo(t, null, null, n), To()),
                (i = e.memoizedState),
                (a = t.memoizedState),
                i.parent === r
                  ? ((r = a.cache), xa(t, Pa, r), r !== i.cache && wa(t, [Pa], n, !0))
                  : ((i = { parent: r, cache: r }),
                    (t.memoizedState = i),
                    t.lanes === 0 && (t.memoizedState = t.updateQueue.baseState = i),
                    xa(t, Pa, r))),
            Lc(e, t, t.pendingProps.children, n),
            t.child
          );
        case 30:
          return (
            t.stateNode === null && (t.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
            (r = t.pendingProps),
            r.name != null && r.name !== `auto` ? (t.flags |= e === null ? 18882560 : 18874368) : L && ia(t),
            e !== null && e.memoizedProps.name !== r.name ? (t.flags |= 4194816) : qc(e, t),
            Lc(e, t, r.children, n),
            t.child
          );
        case 29:
          throw t.pendingProps;
      }
      throw Error(s(156, t.tag));
    }
    function gl(e) {
      e.flags |= 4;
    }
    function _l(e, t, n, r, i) {
      var a;
      if (
        ((a = !!(e.mode & 32)) && (a = n === null ? Jm(t, r) : Jm(t, r) && (r.src !== n.src || r.srcSet !== n.srcSet)),
        a)
      ) {
        if (((e.flags |= 16777216), (i & 335544128) === i)) {
          if (e.stateNode.complete) e.flags |= 8192;
          else if (Ud()) e.flags |= 8192;
          else throw ((ao = to), $a);
        }
      } else e.flags &= -16777217;
    }
    function vl(e, t) {
      if (t.type !== `stylesheet` || t.state.loading & 4) e.flags &= -16777217;
      else if (((e.flags |= 16777216), !Ym(t))) {
        if (Ud()) e.flags |= 8192;
        else throw ((ao = to), $a);
      }
    }
    function yl(e, t) {
      (t !== null && (e.flags |= 4),
        e.flags & 16384 && ((t = e.tag === 22 ? 536870912 : yt()), (e.lanes |= t), (dd |= t)));
    }
    function bl(e, t) {
      if (!L)
        switch (e.tailMode) {
          case `visible`:
            break;
          case `collapsed`:
            for (var n = e.tail, r = null; n !== null;) (n.alternate !== null && (r = n), (n = n.sibling));
            r === null ? (t || e.tail === null ? (e.tail = null) : (e.tail.sibling = null)) : (r.sibling = null);
            break;
          default:
            for (t = e.tail, n = null; t !== null;) (t.alternate !== null && (n = t), (t = t.sibling));
            n === null ? (e.tail = null) : (n.sibling = null);
        }
    }
    function V(e) {
      var t = e.alternate !== null && e.alternate.child === e.child,
        n = 0,
        r = 0;
      if (t)
        for (var i = e.child; i !== null;)
          ((n |= i.lanes | i.childLanes),
            (r |= i.subtreeFlags & 1206910976),
            (r |= i.flags & 1206910976),
            (i.return = e),
            (i = i.sibling));
      else
        for (i = e.child; i !== null;)
          ((n |= i.lanes | i.childLanes), (r |= i.subtreeFlags), (r |= i.flags), (i.return = e), (i = i.sibling));
      return ((e.subtreeFlags |= r), (e.childLanes = n), t);
    }
    function xl(e, t, n) {
      var r = t.pendingProps;
      switch ((aa(t), t.tag)) {
        case 16:
        case 15:
        case 0:
        case 11:
        case 7:
        case 8:
        case 12:
        case 9:
        case 14:
          return (V(t), null);
        case 1:
          return (V(t), null);
        case 3:
          return (
            (n = t.stateNode),
            (r = null),
            e !== null && (r = e.memoizedState.cache),
            t.memoizedState.cache !== r && (t.flags |= 2048),
            Sa(Pa),
            Pe(),
            n.pendingContext && ((n.context = n.pendingContext), (n.pendingContext = null)),
            (e === null || e.child === null) &&
              (ma(t)
                ? gl(t)
                : e === null || (e.memoizedState.isDehydrated && !(t.flags & 256)) || ((t.flags |= 1024), ga())),
            V(t),
            null
          );
        case 26:
          var i = t.type,
            a = t.memoizedState;
          return (
            e === null
              ? (gl(t), a === null ? (V(t), _l(t, i, null, r, n)) : (V(t), vl(t, a)))
              : a
                ? a === e.memoizedState
                  ? (V(t), (t.flags &= -16777217))
                  : (gl(t), V(t), vl(t, a))
                : ((e = e.memoizedProps), e !== r && gl(t), V(t), _l(t, i, e, r, n)),
            null
          );
        case 27:
          if ((Ie(t), (n = je.current), (i = t.type), e !== null && t.stateNode != null))
            e.memoizedProps !== r && gl(t);
          else {
            if (!r) {
              if (t.stateNode === null) throw Error(s(166));
              return (V(t), (t.subtreeFlags &= -33554433), null);
            }
            ((e = ke.current), ma(t) ? fa(t, e) : ((e = hm(i, r, n)), (t.stateNode = e), gl(t)));
          }
          return (V(t), (t.subtreeFlags &= -33554433), null);
        case 5:
          if ((Ie(t), (i = t.type), e !== null && t.stateNode != null)) e.memoizedProps !== r && gl(t);
          else {
            if (!r) {
              if (t.stateNode === null) throw Error(s(166));
              return (V(t), (t.subtreeFlags &= -33554433), null);
            }
            if (((a = ke.current), ma(t))) fa(t, a);
            else {
              var o = lp(je.current);
              switch (a) {
                case 1:
                  a = o.createElementNS(`http://www.w3.org/2000/svg`, i);
                  break;
                case 2:
                  a = o.createElementNS(`http://www.w3.org/1998/Math/MathML`, i);
                  break;
                default:
                  switch (i) {
                    case `svg`:
                      a = o.createElementNS(`http://www.w3.org/2000/svg`, i);
                      break;
                    case `math`:
                      a = o.createElementNS(`http://www.w3.org/1998/Math/MathML`, i);
                      break;
                    case `script`:
                      ((a = o.createElement(`div`)),
                        (a.innerHTML = `<script><\/script>`),
                        (a = a.removeChild(a.firstChild)));
                      break;
                    case `select`:
                      ((a =
                        typeof r.is == `string` ? o.createElement(`select`, { is: r.is }) : o.createElement(`select`)),
                        r.multiple ? (a.multiple = !0) : r.size && (a.size = r.size));
                      break;
                    default:
                      a = typeof r.is == `string` ? o.createElement(i, { is: r.is }) : o.createElement(i);
                  }
              }
              ((a[A] = t), (a[jt] = r));
              a: for (o = t.child; o !== null;) {
                if (o.tag === 5 || o.tag === 6) a.appendChild(o.stateNode);
                else if (o.tag !== 4 && o.tag !== 27 && o.child !== null) {
                  ((o.child.return = o), (o = o.child));
                  continue;
                }
                if (o === t) break a;
                for (; o.sibling === null;) {
                  if (o.return === null || o.return === t) break a;
                  o = o.return;
                }
                ((o.sibling.return = o.return), (o = o.sibling));
              }
              t.stateNode = a;
              a: switch ((np(a, i, r), i)) {
                case `button`:
                case `input`:
                case `select`:
                case `textarea`:
                  r = !!r.autoFocus;
                  break a;
                case `img`:
                  r = !0;
                  break a;
                default:
                  r = !1;
              }
              r && gl(t);
            }
          }
          return (
            V(t),
            (t.subtreeFlags &= -33554433),
            _l(t, t.type, e === null ? null : e.memoizedProps, t.pendingProps, n),
            null
          );
        case 6:
          if (e && t.stateNode != null) e.memoizedProps !== r && gl(t);
          else {
            if (typeof r != `string` && t.stateNode === null) throw Error(s(166));
            if (((e = je.current), ma(t))) {
              if (((e = t.stateNode), (n = t.memoizedProps), (r = null), (i = sa), i !== null))
                switch (i.tag) {
                  case 27:
                  case 5:
                    r = i.memoizedProps;
                }
              ((e[A] = t),
                (e = !!(e.nodeValue === n || (r !== null && !0 === r.suppressHydrationWarning) || ep(e.nodeValue, n))),
                e || da(t, !0));
            } else ((e = lp(e).createTextNode(r)), (e[A] = t), (t.stateNode = e));
          }
          return (V(t), null);
        case 31:
          if (((n = t.memoizedState), e === null || e.memoizedState !== null)) {
            if (((r = ma(t)), n !== null)) {
              if (e === null) {
                if (!r) throw Error(s(318));
                if (((e = t.memoizedState), (e = e === null ? null : e.dehydrated), !e)) throw Error(s(557));
                e[A] = t;
              } else (ha(), !(t.flags & 128) && (t.memoizedState = null), (t.flags |= 4));
              (V(t), (e = !1));
            } else
              ((n = ga()), e !== null && e.memoizedState !== null && (e.memoizedState.hydrationErrors = n), (e = !0));
            if (!e) return t.flags & 256 ? (Bo(t), t) : (Bo(t), null);
            if (t.flags & 128) throw Error(s(558));
          }
          return (V(t), null);
        case 13:
          if (
            ((r = t.memoizedState), e === null || (e.memoizedState !== null && e.memoizedState.dehydrated !== null))
          ) {
            if (((i = ma(t)), r !== null && r.dehydrated !== null)) {
              if (e === null) {
                if (!i) throw Error(s(318));
                if (((i = t.memoizedState), (i = i === null ? null : i.dehydrated), !i)) throw Error(s(317));
                i[A] = t;
              } else (ha(), !(t.flags & 128) && (t.memoizedState = null), (t.flags |= 4));
              (V(t), (i = !1));
            } else
              ((i = ga()), e !== null && e.memoizedState !== null && (e.memoizedState.hydrationErrors = i), (i = !0));
            if (!i) return t.flags & 256 ? (Bo(t), t) : (Bo(t), null);
          }
          return (
            Bo(t),
            t.flags & 128
              ? ((t.lanes = n), t)
              : ((n = r !== null),
                (e = e !== null && e.memoizedState !== null),
                n &&
                  ((r = t.child),
                  (i = null),
                  r.alternate !== null &&
                    r.alternate.memoizedState !== null &&
                    r.alternate.memoizedState.cachePool !== null &&
                    (i = r.alternate.memoizedState.cachePool.pool),
                  (a = null),
                  r.memoizedState !== null &&
                    r.memoizedState.cachePool !== null &&
                    (a = r.memoizedState.cachePool.pool),
                  a !== i && (r.flags |= 2048)),
                n !== e && n && (t.child.flags |= 8192),
                yl(t, t.updateQueue),
                V(t),
                null)
          );
        case 4:
          return (Pe(), e === null && Wf(t.stateNode.containerInfo), (t.flags |= 67108864), V(t), null);
        case 10:
          return (Sa(t.type), V(t), null);
        case 19:
          if ((Uo(t), (r = t.memoizedState), r === null)) return (V(t), null);
          if (((i = !!(t.flags & 128)), (a = r.rendering), a === null)) {
            if (i) bl(r, !1);
            else {
              if (Y !== 0 || (e !== null && e.flags & 128))
                for (e = t.child; e !== null;) {
                  if (((a = Wo(e)), a !== null)) {
                    for (
                      t.flags |= 128,
                        bl(r, !1),
                        e = a.updateQueue,
                        t.updateQueue = e,
                        yl(t, e),
                        t.subtreeFlags = 0,
                        e = n,
                        n = t.child;
                      n !== null;
                    )
                      (zi(n, e), (n = n.sibling));
                    return (Ho(t, (Vo.current & 1) | 2), L && na(t, r.treeForkCount), t.child);
                  }
                  e = e.sibling;
                }
              r.tail !== null && Ye() > _d && ((t.flags |= 128), (i = !0), bl(r, !1), (t.lanes = 4194304));
            }
          } else {
            if (!i) {
              if (((e = Wo(a)), e !== null)) {
                if (
                  ((t.flags |= 128),
                  (i = !0),
                  (e = e.updateQueue),
                  (t.updateQueue = e),
                  yl(t, e),
                  bl(r, !0),
                  r.tail === null && r.tailMode !== `collapsed` && r.tailMode !== `visible` && !a.alternate && !L)
                )
                  return (V(t), null);
              } else
                2 * Ye() - r.renderingStartTime > _d &&
                  n !== 536870912 &&
                  ((t.flags |= 128), (i = !0), bl(r, !1), (t.lanes = 4194304));
            }
            r.isBackwards
              ? ((a.sibling = t.child), (t.child = a))
              : ((e = r.last), e === null ? (t.child = a) : (e.sibling = a), (r.last = a));
          }
          if (r.tail !== null) {
            e = r.tail;
            a: {
              for (n = e; n !== null;) {
                if (n.alternate !== null) {
                  n = !1;
                  break a;
                }
                n = n.sibling;
              }
              n = !0;
            }
            return (
              (r.rendering = e),
              (r.tail = e.sibling),
              (r.renderingStartTime = Ye()),
              (e.sibling = null),
              (a = Vo.current),
              (a = i ? (a & 1) | 2 : a & 1),
              r.tailMode === `visible` || r.tailMode === `collapsed` || !n || L
                ? Ho(t, a)
                : ((n = a), k(Po, t), k(Vo, n), Fo === null && (Fo = t)),
              L && na(t, r.treeForkCount),
              e
            );
          }
          return (V(t), null);
        case 22:
        case 23:
          return (
            Bo(t),
            No(),
            (r = t.memoizedState !== null),
            e === null ? r && (t.flags |= 8192) : (e.memoizedState !== null) !== r && (t.flags |= 8192),
            r ? n & 536870912 && !(t.flags & 128) && (V(t), t.subtreeFlags & 6 && (t.flags |= 8192)) : V(t),
            (n = t.updateQueue),
            n !== null && yl(t, n.retryQueue),
            (n = null),
            e !== null &&
              e.memoizedState !== null &&
              e.memoizedState.cachePool !== null &&
              (n = e.memoizedState.cachePool.pool),
            (r = null),
            t.memoizedState !== null && t.memoizedState.cachePool !== null && (r = t.memoizedState.cachePool.pool),
            r !== n && (t.flags |= 2048),
            e !== null && Oe(Ja),
            null
          );
        case 24:
          return (
            (n = null),
            e !== null && (n = e.memoizedState.cache),
            t.memoizedState.cache !== n && (t.flags |= 2048),
            Sa(Pa),
            V(t),
            null
          );
        case 25:
          return null;
        case 30:
          return ((t.flags |= 33554432), V(t), null);
      }
      throw Error(s(156, t.tag));
    }
    function Sl(e, t) {
      switch ((aa(t), t.tag)) {
        case 1:
          return ((e = t.flags), e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null);
        case 3:
          return (Sa(Pa), Pe(), (e = t.flags), e & 65536 && !(e & 128) ? ((t.flags = (e & -65537) | 128), t) : null);
        case 26:
        case 27:
        case 5:
          return (Ie(t), null);
        case 31:
          if (t.memoizedState !== null) {
            if ((Bo(t), t.alternate === null)) throw Error(s(340));
            ha();
          }
          return ((e = t.flags), e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null);
        case 13:
          if ((Bo(t), (e = t.memoizedState), e !== null && e.dehydrated !== null)) {
            if (t.alternate === null) throw Error(s(340));
            ha();
          }
          return ((e = t.flags), e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null);
        case 19:
          return (
            Uo(t),
            (e = t.flags),
            e & 65536
              ? ((t.flags = (e & -65537) | 128),
                (e = t.memoizedState),
                e !== null && ((e.rendering = null), (e.tail = null)),
                (t.flags |= 4),
                t)
              : null
          );
        case 4:
          return (Pe(), null);
        case 10:
          return (Sa(t.type), null);
        case 22:
        case 23:
          return (
            Bo(t),
            No(),
            e !== null && Oe(Ja),
            (e = t.flags),
            e & 65536 ? ((t.flags = (e & -65537) | 128), t) : null
          );
        case 24:
          return (Sa(Pa), null);
        case 25:
          return null;
        default:
          return null;
      }
    }
    function Cl(e, t) {
      switch ((aa(t), t.tag)) {
        case 3:
          (Sa(Pa), Pe());
          break;
        case 26:
        case 27:
        case 5:
          Ie(t);
          break;
        case 4:
          Pe();
          break;
        case 31:
          t.memoizedState !== null && Bo(t);
          break;
        case 13:
          Bo(t);
          break;
        case 19:
          Uo(t);
          break;
        case 10:
          Sa(t.type);
          break;
        case 22:
        case 23:
          (Bo(t), No(), e !== null && Oe(Ja));
          break;
        case 24:
          Sa(Pa);
      }
    }
    function wl(e, t) {
      try {
        var n = t.updateQueue,
          r = n === null ? null : n.lastEffect;
        if (r !== null) {
          var i = r.next;
          n = i;
          do {
            if ((n.tag & e) === e) {
              r = void 0;
              var a = n.create,
                o = n.inst;
              ((r = a()), (o.destroy = r));
            }
            n = n.next;
          } while (n !== i);
        }
      } catch (e) {
        Z(t, t.return, e);
      }
    }
    function Tl(e, t, n) {
      try {
        var r = t.updateQueue,
          i = r === null ? null : r.lastEffect;
        if (i !== null) {
          var a = i.next;
          r = a;
          do {
            if ((r.tag & e) === e) {
              var o = r.inst,
                s = o.destroy;
              if (s !== void 0) {
                ((o.destroy = void 0), (i = t));
                var c = n,
                  l = s;
                try {
                  l();
                } catch (e) {
                  Z(i, c, e);
                }
              }
            }
            r = r.next;
          } while (r !== a);
        }
      } catch (e) {
        Z(t, t.return, e);
      }
    }
    function El(e) {
      var t = e.updateQueue;
      if (t !== null) {
        var n = e.stateNode;
        try {
          Oo(t, n);
        } catch (t) {
          Z(e, e.return, t);
        }
      }
    }
    function Dl(e, t, n) {
      ((n.props = Tc(e.type, e.memoizedProps)), (n.state = e.memoizedState));
      try {
        n.componentWillUnmount();
      } catch (n) {
        Z(e, t, n);
      }
    }
    function Ol(e, t) {
      try {
        var n = e.ref;
        if (n !== null) {
          switch (e.tag) {
            case 26:
            case 27:
            case 5:
              var r = e.stateNode;
              break;
            case 30:
              var i = e.stateNode,
                a = xi(e.memoizedProps, i);
              ((i.ref === null || i.ref.name !== a) && (i.ref = Pp(a)), (r = i.ref));
              break;
            case 7:
              if (e.stateNode === null) {
                var o = new Fp(e);
                (h(e.child, !1, Qp, o, void 0, void 0), (e.stateNode = o));
              }
              r = e.stateNode;
              break;
            default:
              r = e.stateNode;
          }
          typeof n == `function` ? (e.refCleanup = n(r)) : (n.current = r);
        }
      } catch (n) {
        Z(e, t, n);
      }
    }
    function kl(e, t) {
      var n = e.ref,
        r = e.refCleanup;
      if (n !== null) {
        if (typeof r == `function`)
          try {
            r();
          } catch (n) {
            Z(e, t, n);
          } finally {
            ((e.refCleanup = null), (e = e.alternate), e != null && (e.refCleanup = null));
          }
        else if (typeof n == `function`)
          try {
            n(null);
          } catch (n) {
            Z(e, t, n);
          }
        else n.current = null;
      }
    }
    function Al(e, t) {
      if ((e.tag === 5 || e.tag === 27 || e.tag === 6) && e.alternate === null && t !== null)
        for (var n = 0; n < t.length; n++) em(e.stateNode, t[n]);
    }
    function jl(e) {
      for (var t = e.return; t !== null && (Pl(t) && em(e.stateNode, t.stateNode), !Nl(t));) t = t.return;
    }
    function Ml(e) {
      for (var t = e.return; t !== null && (Pl(t) && tm(e.stateNode, t.stateNode), !Nl(t));) t = t.return;
    }
    function Nl(e) {
      return e.tag === 5 || e.tag === 3 || e.tag === 27;
    }
    function Pl(e) {
      return e && e.tag === 7 && e.stateNode !== null;
    }
    function Fl(e) {
      var t = e.type,
        n = e.memoizedProps,
        r = e.stateNode;
      try {
        a: switch (t) {
          case `button`:
          case `input`:
          case `select`:
          case `textarea`:
            n.autoFocus && r.focus();
            break a;
          case `img`:
            n.src ? (r.src = n.src) : n.srcSet && (r.srcset = n.srcSet);
        }
      } catch (t) {
        Z(e, e.return, t);
      }
    }
    function Il(e, t, n) {
      try {
        var r = e.stateNode;
        (ip(r, e.type, n, t), (r[jt] = t));
      } catch (t) {
        Z(e, e.return, t);
      }
    }
    function Ll(e) {
      return e.tag === 5 || e.tag === 3 || e.tag === 26 || (e.tag === 27 && Sp(e.type)) || e.tag === 4;
    }
    function Rl(e) {
      a: for (;;) {
        for (; e.sibling === null;) {
          if (e.return === null || Ll(e.return)) return null;
          e = e.return;
        }
        for (e.sibling.return = e.return, e = e.sibling; e.tag !== 5 && e.tag !== 6 && e.tag !== 18;) {
          if ((e.tag === 27 && Sp(e.type)) || e.flags & 2 || e.child === null || e.tag === 4) continue a;
          ((e.child.return = e), (e = e.child));
        }
        if (!(e.flags & 2)) return e.stateNode;
      }
    }
    function zl(e, t, n, r) {
      var i = e.tag;
      if (i === 5 || i === 6)
        ((i = e.stateNode),
          t
            ? (n.nodeType === 9 ? n.body : n.nodeName === `HTML` ? n.ownerDocument.body : n).insertBefore(i, t)
            : ((t = n.nodeType === 9 ? n.body : n.nodeName === `HTML` ? n.ownerDocument.body : n),
              t.appendChild(i),
              (n = n._reactRootContainer),
              n != null || t.onclick !== null || (t.onclick = wn)),
          Al(e, r),
          (N = !0));
      else if (
        i !== 4 &&
        (i === 27 && (Al(e, r), (r = null), Sp(e.type) && ((n = e.stateNode), (t = null))), (e = e.child), e !== null)
      )
        for (zl(e, t, n, r), e = e.sibling; e !== null;) (zl(e, t, n, r), (e = e.sibling));
    }
    function Bl(e, t, n, r) {
      var i = e.tag;
      if (i === 5 || i === 6) ((i = e.stateNode), t ? n.insertBefore(i, t) : n.appendChild(i), Al(e, r), (N = !0));
      else if (
        i !== 4 &&
        (i === 27 && (Al(e, r), (r = null), Sp(e.type) && (n = e.stateNode)), (e = e.child), e !== null)
      )
        for (Bl(e, t, n, r), e = e.sibling; e !== null;) (Bl(e, t, n, r), (e = e.sibling));
    }
    function Vl(e) {
      var t = e.stateNode,
        n = e.memoizedProps;
      try {
        for (var r = e.type, i = t.attributes; i.length;) t.removeAttributeNode(i[0]);
        (np(t, r, n), (t[A] = e), (t[jt] = n));
      } catch (t) {
        Z(e, e.return, t);
      }
    }
    var Hl = !1,
      Ul = null;
    function Wl(e) {
      (e.tag === 30 || e.subtreeFlags & 33554432) && (Hl = !0);
    }
    var Gl = null;
    function Kl() {
      var e = Gl;
      return ((Gl = null), e);
    }
    var ql = 0;
    function Jl(e, t, n, r, i) {
      return ((ql = 0), Yl(e.child, t, n, r, i));
    }
    function Yl(e, t, n, r, i) {
      for (var a = !1; e !== null;) {
        if (e.tag === 5) {
          var o = e.stateNode;
          if (r !== null) {
            var s = Op(o);
            (r.push(s), s.view && (a = !0));
          } else a || (Op(o).view && (a = !0));
          ((Hl = !0), Tp(o, ql === 0 ? t : t + `_` + ql, n), ql++);
        } else
          (e.tag === 22 && e.memoizedState !== null) || (e.tag === 30 && i) || (Yl(e.child, t, n, r, i) && (a = !0));
        e = e.sibling;
      }
      return a;
    }
    function Xl(e, t) {
      for (; e !== null;)
        (e.tag === 5
          ? Ep(e.stateNode, e.memoizedProps)
          : (e.tag === 22 && e.memoizedState !== null) || (e.tag === 30 && t) || Xl(e.child, t),
          (e = e.sibling));
    }
    function Zl(e) {
      if (e.subtreeFlags & 18874368)
        for (e = e.child; e !== null;) {
          if (
            (e.tag !== 22 || e.memoizedState === null) &&
            (Zl(e), e.tag === 30 && e.flags & 18874368 && e.stateNode.paired)
          ) {
            var t = e.memoizedProps;
            if (t.name == null || t.name === `auto`) throw Error(s(544));
            var n = t.name;
            ((t = Ci(t.default, t.share)), t !== `none` && (Jl(e, n, t, null, !1) || Xl(e.child, !1)));
          }
          e = e.sibling;
        }
    }
    function Ql(e, t) {
      if (e.tag === 30) {
        var n = e.stateNode,
          r = e.memoizedProps,
          i = xi(r, n),
          a = Ci(r.default, n.paired ? r.share : r.enter);
        a === `none` ? Zl(e) : Jl(e, i, a, null, !1) ? (Zl(e), n.paired || t || Nd(e, r.onEnter)) : Xl(e.child, !1);
      } else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null;) (Ql(e, t), (e = e.sibling));
      else Zl(e);
    }
    function $l(e) {
      if (Ul !== null && Ul.size !== 0) {
        var t = Ul;
        if (e.subtreeFlags & 18874368)
          for (e = e.child; e !== null;) {
            if (e.tag !== 22 || e.memoizedState === null) {
              if (e.tag === 30 && e.flags & 18874368) {
                var n = e.memoizedProps,
                  r = n.name;
                if (r != null && r !== `auto`) {
                  var i = t.get(r);
                  if (i !== void 0) {
                    var a = Ci(n.default, n.share);
                    if (
                      (a !== `none` &&
                        (Jl(e, r, a, null, !1)
                          ? ((a = e.stateNode), (i.paired = a), (a.paired = i), Nd(e, n.onShare))
                          : Xl(e.child, !1)),
                      t.delete(r),
                      t.size === 0)
                    )
                      break;
                  }
                }
              }
              $l(e);
            }
            e = e.sibling;
          }
      }
    }
    function eu(e) {
      if (e.tag === 30) {
        var t = e.memoizedProps,
          n = xi(t, e.stateNode),
          r = Ul === null ? void 0 : Ul.get(n),
          i = Ci(t.default, r === void 0 ? t.exit : t.share);
        (i !== `none` &&
          (Jl(e, n, i, null, !1)
            ? r === void 0
              ? Nd(e, t.onExit)
              : ((i = e.stateNode), (r.paired = i), (i.paired = r), Ul.delete(n), Nd(e, t.onShare))
            : Xl(e.child, !1)),
          Ul !== null && $l(e));
      } else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null;) (eu(e), (e = e.sibling));
      else Ul !== null && $l(e);
    }
    function tu(e) {
      for (e = e.child; e !== null;) {
        if (e.tag === 30) {
          var t = e.memoizedProps,
            n = xi(t, e.stateNode);
          ((t = Ci(t.default, t.update)), (e.flags &= -5), t !== `none` && Jl(e, n, t, (e.memoizedState = []), !1));
        } else e.subtreeFlags & 33554432 && tu(e);
        e = e.sibling;
      }
    }
    function nu(e) {
      if (e.subtreeFlags & 18874368)
        for (e = e.child; e !== null;) {
          if (e.tag !== 22 || e.memoizedState === null) {
            if (e.tag === 30 && e.flags & 18874368) {
              var t = e.stateNode;
              t.paired !== null && ((t.paired = null), Xl(e.child, !1));
            }
            nu(e);
          }
          e = e.sibling;
        }
    }
    function ru(e) {
      if (e.tag === 30) ((e.stateNode.paired = null), Xl(e.child, !1), nu(e));
      else if (e.subtreeFlags & 33554432) for (e = e.child; e !== null;) (ru(e), (e = e.sibling));
      else nu(e);
    }
    function iu(e) {
      for (e = e.child; e !== null;)
        (e.tag === 30 ? Xl(e.child, !1) : e.subtreeFlags & 33554432 && iu(e), (e = e.sibling));
    }
    function au(e, t, n, r, i, a, o) {
      for (var s = !1; t !== null;) {
        if (t.tag === 5) {
          var c = t.stateNode;
          if (a !== null && ql < a.length) {
            var l = a[ql],
              u = Op(c);
            (l.view || u.view) && (s = !0);
            var d;
            if ((d = !(e.flags & 4))) {
              if (u.clip) d = !0;
              else {
                d = l.rect;
                var f = u.rect;
                d = d.y !== f.y || d.x !== f.x || d.height !== f.height || d.width !== f.width;
              }
            }
            (d && (e.flags |= 4),
              u.abs ? (u = !l.abs) : ((l = l.rect), (u = u.rect), (u = l.height !== u.height || l.width !== u.width)),
              u && (e.flags |= 32));
          } else e.flags |= 32;
          (e.flags & 4 && Tp(c, ql === 0 ? n : n + `_` + ql, i),
            (s && e.flags & 4) || (Gl === null && (Gl = []), Gl.push(c, ql === 0 ? r : r + `_` + ql, t.memoizedProps)),
            ql++);
        } else
          (t.tag !== 22 || t.memoizedState === null) &&
            (t.tag === 30 && o ? (e.flags |= t.flags & 32) : au(e, t.child, n, r, i, a, o) && (s = !0));
        t = t.sibling;
      }
      return s;
    }
    function ou(e, t) {
      for (e = e.child; e !== null;) {
        if (e.tag === 30) {
          var n = e.memoizedProps,
            r = e.stateNode,
            i = xi(n, r),
            a = Ci(n.default, n.update);
          if (t) {
            r = r.clones;
            var o = r === null ? null : r.map(kp);
          } else ((o = e.memoizedState), (e.memoizedState = null));
          r = e;
          var s = e.child;
          ((ql = 0), (i = au(r, s, i, i, a, o, !1)), e.flags & 4 && i && (t || Nd(e, n.onUpdate)));
        } else e.subtreeFlags & 33554432 && ou(e, t);
        e = e.sibling;
      }
    }
    var su = !1,
      H = !1,
      cu = !1,
      lu = !1,
      uu = typeof WeakSet == `function` ? WeakSet : Set,
      du = null,
      fu = !1,
      pu = !1,
      mu = !1,
      hu = !1;
    function gu(e, t, n) {
      if (((e = e.containerInfo), (sp = gh), (e = Zr(e)), Qr(e))) {
        if (`selectionStart` in e) var r = { start: e.selectionStart, end: e.selectionEnd };
        else
          a: {
            r = ((r = e.ownerDocument) && r.defaultView) || window;
            var i = r.getSelection && r.getSelection();
            if (i && i.rangeCount !== 0) {
              r = i.anchorNode;
              var a = i.anchorOffset,
                o = i.focusNode;
              i = i.focusOffset;
              try {
                (r.nodeType, o.nodeType);
              } catch {
                r = null;
                break a;
              }
              var s = 0,
                c = -1,
                l = -1,
                u = 0,
                d = 0,
                f = e,
                p = null;
              b: for (;;) {
                for (
                  var m;
                  f !== r || (a !== 0 && f.nodeType !== 3) || (c = s + a),
                    f !== o || (i !== 0 && f.nodeType !== 3) || (l = s + i),
                    f.nodeType === 3 && (s += f.nodeValue.length),
                    (m = f.firstChild) !== null;
                )
                  ((p = f), (f = m));
                for (;;) {
                  if (f === e) break b;
                  if ((p === r && ++u === a && (c = s), p === o && ++d === i && (l = s), (m = f.nextSibling) !== null))
                    break;
                  ((f = p), (p = f.parentNode));
                }
                f = m;
              }
              r = c === -1 || l === -1 ? null : { start: c, end: l };
            } else r = null;
          }
        r ||= { start: 0, end: 0 };
      } else r = null;
      for (
        cp = { focusedElem: e, selectionRange: r }, gh = !1, n = (n & 335544064) === n, du = t, t = n ? 9270 : 1024;
        du !== null;
      ) {
        if (((e = du), n && ((r = e.deletions), r !== null))) for (a = 0; a < r.length; a++) n && eu(r[a]);
        if (e.alternate === null && e.flags & 2) (n && Wl(e), _u(n));
        else {
          if (e.tag === 22) {
            if (((r = e.alternate), e.memoizedState !== null)) {
              (r !== null && r.memoizedState === null && n && eu(r), _u(n));
              continue;
            }
            if (r !== null && r.memoizedState !== null) {
              (n && Wl(e), _u(n));
              continue;
            }
          }
          ((r = e.child), (e.subtreeFlags & t) !== 0 && r !== null ? ((r.return = e), (du = r)) : (n && tu(e), _u(n)));
        }
      }
      Ul = null;
    }
    function _u(e) {
      for (; du !== null;) {
        var t = du,
          n = e,
          r = t.alternate,
          i = t.flags;
        switch (t.tag) {
          case 0:
          case 11:
          case 15:
            break;
          case 1:
            if (i & 1024 && r !== null) {
              ((n = void 0), (i = r.memoizedProps), (r = r.memoizedState));
              var a = t.stateNode;
              try {
                var o = Tc(t.type, i);
                ((n = a.getSnapshotBeforeUpdate(o, r)), (a.__reactInternalSnapshotBeforeUpdate = n));
              } catch (e) {
                Z(t, t.return, e);
              }
            }
            break;
          case 3:
            if (i & 1024) {
              if (((r = t.stateNode.containerInfo), (n = r.nodeType), n === 9)) nm(r);
              else if (n === 1)
                switch (r.nodeName) {
                  case `HEAD`:
                  case `HTML`:
                  case `BODY`:
                    nm(r);
                    break;
                  default:
                    r.textContent = ``;
                }
            }
            break;
          case 5:
          case 26:
          case 27:
          case 6:
          case 4:
          case 17:
            break;
          case 30:
            n &&
              r !== null &&
              ((n = xi(r.memoizedProps, r.stateNode)),
              (i = t.memoizedProps),
              (i = Ci(i.default, i.update)),
              i !== `none` && Jl(r, n, i, (r.memoizedState = []), !0));
            break;
          default:
            if (i & 1024) throw Error(s(163));
        }
        if (((r = t.sibling), r !== null)) {
          ((r.return = t.return), (du = r));
          break;
        }
        du = t.return;
      }
    }
    function vu(e, t, n) {
      var r = n.flags;
      switch (n.tag) {
        case 0:
        case 11:
        case 15:
          (Lu(e, n), r & 4 && wl(5, n));
          break;
        case 1:
          if ((Lu(e, n), r & 4)) {
            if (((e = n.stateNode), t === null))
              try {
                e.componentDidMount();
              } catch (e) {
                Z(n, n.return, e);
              }
            else {
              var i = Tc(n.type, t.memoizedProps);
              t = t.memoizedState;
              try {
                e.componentDidUpdate(i, t, e.__reactInternalSnapshotBeforeUpdate);
              } catch (e) {
                Z(n, n.return, e);
              }
            }
          }
          (r & 64 && El(n), r & 512 && Ol(n, n.return));
          break;
        case 3:
          if ((Lu(e, n), r & 64 && ((e = n.updateQueue), e !== null))) {
            if (((t = null), n.child !== null))
              switch (n.child.tag) {
                case 27:
                case 5:
                  t = n.child.stateNode;
                  break;
                case 1:
                  t = n.child.stateNode;
              }
            try {
              Oo(e, t);
            } catch (e) {
              Z(n, n.return, e);
            }
          }
          break;
        case 27:
          t === null && r & 4 && Vl(n);
        case 26:
        case 5:
          (Lu(e, n), t === null && r & 4 && Fl(n), r & 512 && Ol(n, n.return));
          break;
        case 12:
          Lu(e, n);
          break;
        case 31:
          (Lu(e, n), r & 4 && Eu(e, n));
          break;
        case 13:
          (Lu(e, n),
            r & 4 && Du(e, n),
            r & 64 &&
              ((e = n.memoizedState),
              e !== null && ((e = e.dehydrated), e !== null && ((n = _f.bind(null, n)), cm(e, n)))));
          break;
        case 22:
          if (((r = n.memoizedState !== null || su), !r)) {
            var a = (t !== null && t.memoizedState !== null) || H;
            ((t = su),
              (i = H),
              (su = r),
              (H = a) && !i ? ((r = 2), n.subtreeFlags & 8772 && (r |= 1), zu(e, n, r)) : Lu(e, n),
              (su = t),
              (H = i));
          }
          break;
        case 30:
          (Lu(e, n), r & 512 && Ol(n, n.return));
          break;
        case 7:
          r & 512 && Ol(n, n.return);
        default:
          Lu(e, n);
      }
    }
    function yu(e, t) {
      for (e = e.child; e !== null;) (bu(e, t), (e = e.sibling));
    }
    function bu(e, t) {
      switch (e.tag) {
        case 5:
        case 26:
          try {
            var n = e.stateNode;
            if (t) {
              var r = n.style;
              typeof r.setProperty == `function` ? r.setProperty(`display`, `none`, `important`) : (r.display = `none`);
            } else {
              var i = e.stateNode,
                a = e.memoizedProps.style,
                o = a != null && a.hasOwnProperty(`display`) ? a.display : null;
              i.style.display = o == null || typeof o == `boolean` ? `` : (`` + o).trim();
            }
          } catch (t) {
            Z(e, e.return, t);
          }
          xu(e, t);
          break;
        case 6:
          try {
            ((e.stateNode.nodeValue = t ? `` : e.memoizedProps), (N = !0));
          } catch (t) {
            Z(e, e.return, t);
          }
          break;
        case 18:
          try {
            var s = e.stateNode;
            t ? wp(s, !0) : wp(e.stateNode, !1);
          } catch (t) {
            Z(e, e.return, t);
          }
          break;
        case 22:
        case 23:
          e.memoizedState === null && yu(e, t);
          break;
        default:
          yu(e, t);
      }
    }
    function xu(e, t) {
      if (e.subtreeFlags & 67108864)
        for (e = e.child; e !== null;) {
          a: {
            var n = e,
              r = t;
            switch (n.tag) {
              case 4:
                bu(n, r);
                break a;
              case 22:
                n.memoizedState === null && xu(n, r);
                break a;
              default:
                xu(n, r);
            }
          }
          e = e.sibling;
        }
    }
    function Su(e) {
      var t = e.alternate;
      (t !== null && ((e.alternate = null), Su(t)),
        (e.child = null),
        (e.deletions = null),
        (e.sibling = null),
        e.tag === 5 && ((t = e.stateNode), t !== null && zt(t)),
        (e.stateNode = null),
        (e.return = null),
        (e.dependencies = null),
        (e.memoizedProps = null),
        (e.memoizedState = null),
        (e.pendingProps = null),
        (e.stateNode = null),
        (e.updateQueue = null));
    }
    var U = null,
      Cu = !1;
    function wu(e, t, n) {
      for (n = n.child; n !== null;) (Tu(e, t, n), (n = n.sibling));
    }
    function Tu(e, t, n) {
      if (at && typeof at.onCommitFiberUnmount == `function`)
        try {
          at.onCommitFiberUnmount(it, n);
        } catch {}
      switch (n.tag) {
        case 26:
          (H || kl(n, t),
            wu(e, t, n),
            n.memoizedState
              ? n.memoizedState.count--
              : n.stateNode && !H && ((n = n.stateNode), n.parentNode.removeChild(n)));
          break;
        case 27:
          (H || kl(n, t), Ml(n));
          var r = U,
            i = Cu;
          (Sp(n.type) && ((U = n.stateNode), (Cu = !1)),
            wu(e, t, n),
            gm(n.stateNode, n.type, n.memoizedProps),
            (U = r),
            (Cu = i));
          break;
        case 5:
          (H || kl(n, t), Ml(n));
        case 6:
          if ((n.tag === 6 && Ml(n), (r = U), (i = Cu), (U = null), wu(e, t, n), (U = r), (Cu = i), U !== null)) {
            if (Cu)
              try {
                ((U.nodeType === 9 ? U.body : U.nodeName === `HTML` ? U.ownerDocument.body : U).removeChild(
                  n.stateNode,
                ),
                  (N = !0));
              } catch (e) {
                Z(n, t, e);
              }
            else
              try {
                (U.removeChild(n.stateNode), (N = !0));
              } catch (e) {
                Z(n, t, e);
              }
          }
          break;
        case 18:
          U !== null &&
            (Cu
              ? ((e = U),
                Cp(e.nodeType === 9 ? e.body : e.nodeName === `HTML` ? e.ownerDocument.body : e, n.stateNode),
                Hh(e))
              : Cp(U, n.stateNode));
          break;
        case 4:
          ((r = U), (i = Cu), (U = n.stateNode.containerInfo), (Cu = !0), wu(e, t, n), (U = r), (Cu = i));
          break;
        case 0:
        case 11:
        case 14:
        case 15:
          (Tl(2, n, t), H || Tl(4, n, t), wu(e, t, n));
          break;
        case 1:
          (H || (kl(n, t), (r = n.stateNode), typeof r.componentWillUnmount == `function` && Dl(n, t, r)), wu(e, t, n));
          break;
        case 21:
          wu(e, t, n);
          break;
        case 22:
          ((H = (r = H) || n.memoizedState !== null), wu(e, t, n), (H = r));
          break;
        case 30:
          (kl(n, t), wu(e, t, n));
          break;
        case 7:
          (H || kl(n, t), wu(e, t, n));
          break;
        default:
          wu(e, t, n);
      }
    }
    function Eu(e, t) {
      if (t.memoizedState === null && ((e = t.alternate), e !== null && ((e = e.memoizedState), e !== null))) {
        e = e.dehydrated;
        try {
          Hh(e);
        } catch (e) {
          Z(t, t.return, e);
        }
      }
    }
    function Du(e, t) {
      if (
        t.memoizedState === null &&
        ((e = t.alternate), e !== null && ((e = e.memoizedState), e !== null && ((e = e.dehydrated), e !== null)))
      )
        try {
          Hh(e);
        } catch (e) {
          Z(t, t.return, e);
        }
    }
    function Ou(e) {
      switch (e.tag) {
        case 31:
        case 13:
        case 19:
          var t = e.stateNode;
          return (t === null && (t = e.stateNode = new uu()), t);
        case 22:
          return ((e = e.stateNode), (t = e._retryCache), t === null && (t = e._retryCache = new uu()), t);
        default:
          throw Error(s(435, e.tag));
      }
    }
    function ku(e, t) {
      var n = Ou(e);
      t.forEach(function (t) {
        if (!n.has(t)) {
          n.add(t);
          var r = vf.bind(null, e, t);
          t.then(r, r);
        }
      });
    }
    function Au(e, t, n) {
      var r = t.deletions;
      if (r !== null)
        for (var i = 0; i < r.length; i++) {
          var a = r[i],
            o = e,
            c = t,
            l = c;
          a: for (; l !== null;) {
            switch (l.tag) {
              case 27:
                if (Sp(l.type)) {
                  ((U = l.stateNode), (Cu = !1));
                  break a;
                }
                break;
              case 5:
                ((U = l.stateNode), (Cu = !1));
                break a;
              case 3:
              case 4:
                ((U = l.stateNode.containerInfo), (Cu = !0));
                break a;
            }
            l = l.return;
          }
          if (U === null) throw Error(s(160));
          (Tu(o, c, a), (U = null), (Cu = !1), (o = a.alternate), o !== null && (o.return = null), (a.return = null));
        }
      if (t.subtreeFlags & 13886) for (t = t.child; t !== null;) (Mu(t, e, n), (t = t.sibling));
    }
    var ju = null;
    function Mu(e, t, n) {
      var r = e.alternate,
        i = e.flags;
      switch (e.tag) {
        case 0:
        case 11:
        case 14:
        case 15:
          if (i & 4 && ((r = e.updateQueue), (r = r === null ? null : r.events), r !== null))
            for (var a = 0; a < r.length; a++) {
              var o = r[a];
              o.ref.impl = o.nextImpl;
            }
          (Au(t, e, n), Nu(e), i & 4 && (Tl(3, e, e.return), wl(3, e), Tl(5, e, e.return)));
          break;
        case 1:
          (Au(t, e, n),
            Nu(e),
            i & 512 && (H || r === null || kl(r, r.return)),
            i & 64 &&
              su &&
              ((e = e.updateQueue),
              e !== null &&
                ((t = e.callbacks),
                t !== null &&
                  ((n = e.shared.hiddenCallbacks), (e.shared.hiddenCallbacks = n === null ? t : n.concat(t))))));
          break;
        case 26:
          if (((a = ju), Au(t, e, n), Nu(e), i & 512 && (H || r === null || kl(r, r.return)), i & 4)) {
            if (((i = r === null ? null : r.memoizedState), (n = e.memoizedState), r === null)) {
              if (n === null) {
                if (e.stateNode === null) {
                  if (su) e.stateNode = fp(e.type, e.memoizedProps, t.containerInfo, e);
                  else {
                    a: {
                      ((t = e.type), (n = e.memoizedProps), (i = a.ownerDocument || a));
                      b: switch (t) {
                        case `title`:
                          ((r = i.getElementsByTagName(`title`)[0]),
                            (!r ||
                              r[Lt] ||
                              r[A] ||
                              r.namespaceURI === `http://www.w3.org/2000/svg` ||
                              r.hasAttribute(`itemprop`)) &&
                              ((r = i.createElement(t)), i.head.insertBefore(r, i.querySelector(`head > title`))),
                            np(r, t, n),
                            (r[A] = e),
                            Wt(r),
                            (t = r));
                          break a;
                        case `link`:
                          if ((a = Gm(`link`, `href`, i).get(t + (n.href || ``)))) {
                            for (o = 0; o < a.length; o++)
                              if (
                                ((r = a[o]),
                                r.getAttribute(`href`) === (n.href == null || n.href === `` ? null : n.href) &&
                                  r.getAttribute(`rel`) === (n.rel == null ? null : n.rel) &&
                                  r.getAttribute(`title`) === (n.title == null ? null : n.title) &&
                                  r.getAttribute(`crossorigin`) === (n.crossOrigin == null ? null : n.crossOrigin))
                              ) {
                                a.splice(o, 1);
                                break b;
                              }
                          }
                          ((r = i.createElement(t)), np(r, t, n), i.head.appendChild(r));
                          break;
                        case `meta`:
                          if ((a = Gm(`meta`, `content`, i).get(t + (n.content || ``)))) {
                            for (o = 0; o < a.length; o++)
                              if (
                                ((r = a[o]),
                                r.getAttribute(`content`) === (n.content == null ? null : `` + n.content) &&
                                  r.getAttribute(`name`) === (n.name == null ? null : n.name) &&
                                  r.getAttribute(`property`) === (n.property == null ? null : n.property) &&
                                  r.getAttribute(`http-equiv`) === (n.httpEquiv == null ? null : n.httpEquiv) &&
                                  r.getAttribute(`charset`) === (n.charSet == null ? null : n.charSet))
                              ) {
                                a.splice(o, 1);
                                break b;
                              }
                          }
                          ((r = i.createElement(t)), np(r, t, n), i.head.appendChild(r));
                          break;
                        default:
                          throw Error(s(468, t));
                      }
                      ((r[A] = e), Wt(r), (t = r));
                    }
                    e.stateNode = t;
                  }
                } else su || Km(a, e.type, e.stateNode);
              } else e.stateNode = Bm(a, n, e.memoizedProps);
            } else
              i === n
                ? n === null && e.stateNode !== null && Il(e, e.memoizedProps, r.memoizedProps)
                : (i === null ? ((t = r.stateNode), t === null || H || t.parentNode.removeChild(t)) : i.count--,
                  n === null ? su || Km(a, e.type, e.stateNode) : Bm(a, n, e.memoizedProps));
          }
          break;
        case 27:
          (Au(t, e, n),
            Nu(e),
            i & 512 && (H || r === null || kl(r, r.return)),
            r !== null && i & 4 && Il(e, e.memoizedProps, r.memoizedProps));
          break;
        case 5:
          if (
            ((a = cu),
            (cu = !1),
            Au(t, e, n),
            (cu = a),
            Nu(e),
            i & 512 && (H || r === null || kl(r, r.return)),
            e.flags & 32)
          ) {
            t = e.stateNode;
            try {
              (gn(t, ``), (N = !0));
            } catch (t) {
              Z(e, e.return, t);
            }
          }
          (i & 4 && e.stateNode != null && ((t = e.memoizedProps), Il(e, t, r === null ? t : r.memoizedProps)),
            i & 1024 && (lu = !0));
          break;
        case 6:
          if ((Au(t, e, n), Nu(e), i & 4)) {
            if (e.stateNode === null) throw Error(s(162));
            ((t = e.memoizedProps), (n = e.stateNode));
            try {
              ((n.nodeValue = t), (N = !0));
            } catch (t) {
              Z(e, e.return, t);
            }
          }
          break;
        case 3:
          if (
            ((N = !1),
            (Wm = null),
            (a = ju),
            (ju = bm(t.containerInfo)),
            Au(t, e, n),
            (ju = a),
            Nu(e),
            i & 4 && r !== null && r.memoizedState.isDehydrated)
          )
            try {
              Hh(t.containerInfo);
            } catch (t) {
              Z(e, e.return, t);
            }
          (lu && ((lu = !1), Pu(e)), (N = !1));
          break;
        case 4:
          ((i = cu),
            (cu = su),
            (r = Qt()),
            (a = ju),
            (ju = bm(e.stateNode.containerInfo)),
            Au(t, e, n),
            Nu(e),
            (ju = a),
            N && pu && (mu = !0),
            (N = r),
            (cu = i));
          break;
        case 12:
          (Au(t, e, n), Nu(e));
          break;
        case 31:
          (Au(t, e, n), Nu(e), i & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), ku(e, t))));
          break;
        case 13:
          (Au(t, e, n),
            Nu(e),
            e.child.flags & 8192 &&
              (e.memoizedState !== null) != (r !== null && r.memoizedState !== null) &&
              (hd = Ye()),
            i & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), ku(e, t))));
          break;
        case 22:
          ((a = e.memoizedState !== null), (o = r !== null && r.memoizedState !== null));
          var c = su,
            l = H,
            u = cu;
          ((su = c || a),
            (cu = u || a),
            (H = l || o),
            Au(t, e, n),
            (H = l),
            (cu = u),
            (su = c),
            Nu(e),
            i & 8192 &&
              ((t = e.stateNode),
              (t._visibility = a ? t._visibility & -2 : t._visibility | 1),
              !a ||
                r === null ||
                o ||
                su ||
                H ||
                ((t = o || H), (n = su), (r = H), (su = a || su), (H = t), Ru(e, 2), (su = n), (H = r)),
              (!a && cu) || yu(e, a)),
            i & 4 &&
              ((t = e.updateQueue),
              t !== null && ((n = t.retryQueue), n !== null && ((t.retryQueue = null), ku(e, n)))));
          break;
        case 19:
          (Au(t, e, n), Nu(e), i & 4 && ((t = e.updateQueue), t !== null && ((e.updateQueue = null), ku(e, t))));
          break;
        case 30:
          (i & 512 && (H || r === null || kl(r, r.return)),
            (i = Qt()),
            (a = pu),
            (o = (n & 335544064) === n),
            (c = e.memoizedProps),
            (pu = o && Ci(c.default, c.update) !== `none`),
            Au(t, e, n),
            Nu(e),
            o && r !== null && N && (e.flags |= 4),
            (pu = a),
            (N = i));
          break;
        case 21:
          break;
        case 7:
          (i & 512 && (H || r === null || kl(r, r.return)),
            r && r.stateNode !== null && (r.stateNode._fragmentFiber = e));
        default:
          (Au(t, e, n), Nu(e));
      }
    }
    function Nu(e) {
      var t = e.flags;
      if (t & 2) {
        try {
          for (var n, r = e.return; r !== null;) {
            if (Ll(r)) {
              n = r;
              break;
            }
            r = r.return;
          }
          r = null;
          for (var i = e.return; i !== null;) {
            if (Pl(i)) {
              var a = i.stateNode;
              r === null ? (r = [a]) : r.push(a);
            }
            if (Nl(i)) break;
            i = i.return;
          }
          var o = r;
          if (n == null) throw Error(s(160));
          switch (n.tag) {
            case 27:
              var c = n.stateNode;
              Bl(e, Rl(e), c, o);
              break;
            case 5:
              var l = n.stateNode;
              (n.flags & 32 && (gn(l, ``), (n.flags &= -33)), Bl(e, Rl(e), l, o));
              break;
            case 3:
            case 4:
              var u = n.stateNode.containerInfo;
              zl(e, Rl(e), u, o);
              break;
            default:
              throw Error(s(161));
          }
        } catch (t) {
          Z(e, e.return, t);
        }
        e.flags &= -3;
      }
      t & 4096 && (e.flags &= -4097);
    }
    function Pu(e) {
      if (e.subtreeFlags & 1024)
        for (e = e.child; e !== null;) {
          var t = e;
          (Pu(t),
            t.tag === 5 && t.flags & 1024 && ((t = t.stateNode), (gh = !0), t.reset(), (gh = !1)),
            (e = e.sibling));
        }
    }
    function Fu(e, t) {
      if (t.subtreeFlags & 9270) for (t = t.child; t !== null;) (Iu(t, e), (t = t.sibling));
      else ou(t, !1);
    }
    function Iu(e, t) {
      var n = e.alternate;
      if (n === null) Ql(e, !1);
      else
        switch (e.tag) {
          case 3:
            if (((hu = fu = !1), Kl(), Fu(t, e), !fu && !mu)) {
              if (((e = Gl), e !== null))
                for (var r = 0; r < e.length; r += 3) {
                  n = e[r];
                  var i = e[r + 1];
                  (Ep(n, e[r + 2]),
                    (n = n.ownerDocument.documentElement),
                    n !== null &&
                      n.animate(
                        { opacity: [0, 0], pointerEvents: [`none`, `none`] },
                        { duration: 0, fill: `forwards`, pseudoElement: `::view-transition-group(` + i + `)` },
                      ));
                }
              ((e = t.containerInfo),
                (e = e.nodeType === 9 ? e.documentElement : e.ownerDocument.documentElement),
                e !== null &&
                  e.style.viewTransitionName === `` &&
                  ((e.style.viewTransitionName = `none`),
                  e.animate(
                    { opacity: [0, 0], pointerEvents: [`none`, `none`] },
                    { duration: 0, fill: `forwards`, pseudoElement: `::view-transition-group(root)` },
                  ),
                  e.animate(
                    { width: [0, 0], height: [0, 0] },
                    { duration: 0, fill: `forwards`, pseudoElement: `::view-transition` },
                  )),
                (hu = !0));
            }
            Gl = null;
            break;
          case 5:
            Fu(t, e);
            break;
          case 4:
            ((r = fu), (fu = !1), Fu(t, e), fu && (mu = !0), (fu = r));
            break;
          case 22:
            e.memoizedState === null && (n.memoizedState === null ? Fu(t, e) : Ql(e, !1));
            break;
          case 30:
            ((r = fu), (i = Kl()), (fu = !1), Fu(t, e), fu && (e.flags |= 4));
            var a = e.memoizedProps,
              o = e.stateNode;
            ((t = xi(a, o)), (o = xi(n.memoizedProps, o)));
            var s = Ci(a.default, a.update);
            (s === `none`
              ? (t = !1)
              : ((a = n.memoizedState),
                (n.memoizedState = null),
                (n = e.child),
                (ql = 0),
                (t = au(e, n, t, o, s, a, !0)),
                ql !== (a === null ? 0 : a.length) && (e.flags |= 32)),
              e.flags & 4 && t
                ? (Nd(e, e.memoizedProps.onUpdate), (Gl = i))
                : i !== null && (i.push.apply(i, Gl), (Gl = i)),
              (fu = e.flags & 32 ? !0 : r));
            break;
          default:
            Fu(t, e);
        }
    }
    function Lu(e, t) {
      if (t.subtreeFlags & 8772) for (t = t.child; t !== null;) (vu(e, t.alternate, t), (t = t.sibling));
    }
    function Ru(e, t) {
      for (e = e.child; e !== null;) {
        var n = e,
          r = t;
        switch (n.tag) {
          case 0:
          case 11:
          case 14:
          case 15:
            (Tl(4, n, n.return), Ru(n, r));
            break;
          case 1:
            kl(n, n.return);
            var i = n.stateNode;
            (typeof i.componentWillUnmount == `function` && Dl(n, n.return, i), Ru(n, r));
            break;
          case 27:
            r & 2 && gm(n.stateNode, n.type, n.memoizedProps);
          case 5:
            (kl(n, n.return), (n.tag !== 5 && n.tag !== 27) || Ml(n), Ru(n, r));
            break;
          case 6:
            Ml(n);
            break;
          case 26:
            (kl(n, n.return),
              (i = n.stateNode),
              n.memoizedState !== null || i === null || H || i.parentNode.removeChild(i),
              Ru(n, r));
            break;
          case 22:
            n.memoizedState === null && Ru(n, r);
            break;
          case 30:
            (kl(n, n.return), Ru(n, r));
            break;
          case 7:
            kl(n, n.return);
          default:
            Ru(n, r);
        }
        e = e.sibling;
      }
    }
    function zu(e, t, n) {
      for (n = t.subtreeFlags & 8772 ? n : n & -2, t = t.child; t !== null;) {
        var r = t.alternate,
          i = e,
          a = t,
          o = a.flags,
          s = !!(n & 1);
        switch (a.tag) {
          case 0:
          case 11:
          case 15:
            (zu(i, a, n), wl(4, a));
            break;
          case 1:
            if ((zu(i, a, n), (r = a), (i = r.stateNode), typeof i.componentDidMount == `function`))
              try {
                i.componentDidMount();
              } catch (e) {
                Z(r, r.return, e);
              }
            if (((r = a), (i = r.updateQueue), i !== null)) {
              var c = r.stateNode;
              try {
                var l = i.shared.hiddenCallbacks;
                if (l !== null) for (i.shared.hiddenCallbacks = null, i = 0; i < l.length; i++) Do(l[i], c);
              } catch (e) {
                Z(r, r.return, e);
              }
            }
            (s && o & 64 && El(a), Ol(a, a.return));
            break;
          case 27:
            n & 2 && Vl(a);
          case 5:
            ((a.tag !== 5 && a.tag !== 27) || jl(a), zu(i, a, n), s && r === null && o & 4 && Fl(a), Ol(a, a.return));
            break;
          case 6:
            jl(a);
            break;
          case 26:
            ((c = a.stateNode),
              a.memoizedState !== null || c === null || su || Km(bm(c.ownerDocument), a.type, c),
              zu(i, a, n),
              s && r === null && o & 4 && Fl(a),
              Ol(a, a.return));
            break;
          case 12:
            zu(i, a, n);
            break;
          case 31:
            (zu(i, a, n), s && o & 4 && Eu(i, a));
            break;
          case 13:
            (zu(i, a, n), s && o & 4 && Du(i, a));
            break;
          case 22:
            (a.memoizedState === null && zu(i, a, n), Ol(a, a.return));
            break;
          case 30:
            (zu(i, a, n), Ol(a, a.return));
            break;
          case 7:
            Ol(a, a.return);
          default:
            zu(i, a, n);
        }
        t = t.sibling;
      }
    }
    function Bu(e, t) {
      var n = null;
      (e !== null &&
        e.memoizedState !== null &&
        e.memoizedState.cachePool !== null &&
        (n = e.memoizedState.cachePool.pool),
        (e = null),
        t.memoizedState !== null && t.memoizedState.cachePool !== null && (e = t.memoizedState.cachePool.pool),
        e !== n && (e != null && e.refCount++, n != null && Ia(n)));
    }
    function Vu(e, t) {
      ((e = null),
        t.alternate !== null && (e = t.alternate.memoizedState.cache),
        (t = t.memoizedState.cache),
        t !== e && (t.refCount++, e != null && Ia(e)));
    }
    function Hu(e, t, n, r) {
      var i = (n & 335544064) === n;
      if (t.subtreeFlags & (i ? 10262 : 10256)) for (t = t.child; t !== null;) (Uu(e, t, n, r), (t = t.sibling));
      else i && iu(t);
    }
    function Uu(e, t, n, r) {
      var i = (n & 335544064) === n;
      i && t.alternate === null && t.return !== null && t.return.alternate !== null && ru(t);
      var a = t.flags;
      switch (t.tag) {
        case 0:
        case 11:
        case 15:
          (Hu(e, t, n, r), a & 2048 && wl(9, t));
          break;
        case 1:
          Hu(e, t, n, r);
          break;
        case 3:
          (Hu(e, t, n, r),
            i &&
              hu &&
              ((e = e.containerInfo),
              (e = e.nodeType === 9 ? e.body : e.nodeName === `HTML` ? e.ownerDocument.body : e),
              e.style.viewTransitionName === `root` && (e.style.viewTransitionName = ``),
              (e = e.ownerDocument.documentElement),
              e !== null && e.style.viewTransitionName === `none` && (e.style.viewTransitionName = ``)),
            a & 2048 &&
              ((a = null),
              t.alternate !== null && (a = t.alternate.memoizedState.cache),
              (t = t.memoizedState.cache),
              t !== a && (t.refCount++, a != null && Ia(a))));
          break;
        case 12:
          if (a & 2048) {
            (Hu(e, t, n, r), (a = t.stateNode));
            try {
              var o = t.memoizedProps,
                s = o.id,
                c = o.onPostCommit;
              typeof c == `function` && c(s, t.alternate === null ? `mount` : `update`, a.passiveEffectDuration, -0);
            } catch (e) {
              Z(t, t.return, e);
            }
          } else Hu(e, t, n, r);
          break;
        case 31:
          Hu(e, t, n, r);
          break;
        case 13:
          Hu(e, t, n, r);
          break;
        case 23:
          break;
        case 22:
          ((o = t.stateNode),
            (s = t.alternate),
            t.memoizedState === null
              ? (i && s !== null && s.memoizedState !== null && ru(t),
                o._visibility & 2
                  ? Hu(e, t, n, r)
                  : ((o._visibility |= 2), Wu(e, t, n, r, !!(t.subtreeFlags & 10256) || !1)))
              : (i && s !== null && s.memoizedState === null && ru(s), o._visibility & 2 ? Hu(e, t, n, r) : Gu(e, t)),
            a & 2048 && Bu(s, t));
          break;
        case 24:
          (Hu(e, t, n, r), a & 2048 && Vu(t.alternate, t));
          break;
        case 30:
          (i && ((a = t.alternate), a !== null && (Xl(a.child, !0), Xl(t.child, !0))), Hu(e, t, n, r));
          break;
        default:
          Hu(e, t, n, r);
      }
    }
    function Wu(e, t, n, r, i) {
      for (i &&= !!(t.subtreeFlags & 10256) || !1, t = t.child; t !== null;) {
        var a = e,
          o = t,
          s = n,
          c = r,
          l = o.flags;
        switch (o.tag) {
          case 0:
          case 11:
          case 15:
            (Wu(a, o, s, c, i), wl(8, o));
            break;
          case 23:
            break;
          case 22:
            var u = o.stateNode;
            (o.memoizedState === null
              ? ((u._visibility |= 2), Wu(a, o, s, c, i))
              : u._visibility & 2
                ? Wu(a, o, s, c, i)
                : Gu(a, o),
              i && l & 2048 && Bu(o.alternate, o));
            break;
          case 24:
            (Wu(a, o, s, c, i), i && l & 2048 && Vu(o.alternate, o));
            break;
          default:
            Wu(a, o, s, c, i);
        }
        t = t.sibling;
      }
    }
    function Gu(e, t) {
      if (t.subtreeFlags & 10256)
        for (t = t.child; t !== null;) {
          var n = e,
            r = t,
            i = r.flags;
          switch (r.tag) {
            case 22:
              (Gu(n, r), i & 2048 && Bu(r.alternate, r));
              break;
            case 24:
              (Gu(n, r), i & 2048 && Vu(r.alternate, r));
              break;
            default:
              Gu(n, r);
          }
          t = t.sibling;
        }
    }
    var Ku = 8192;
    function qu(e, t, n) {
      if (e.subtreeFlags & Ku) for (e = e.child; e !== null;) (Ju(e, t, n), (e = e.sibling));
    }
    function Ju(e, t, n) {
      switch (e.tag) {
        case 26:
          (qu(e, t, n),
            e.flags & Ku &&
              (e.memoizedState === null
                ? ((e = e.stateNode), (t & 335544128) === t && Zm(n, e))
                : Qm(n, ju, e.memoizedState, e.memoizedProps)));
          break;
        case 5:
          (qu(e, t, n), e.flags & Ku && ((e = e.stateNode), (t & 335544128) === t && Zm(n, e)));
          break;
        case 3:
        case 4:
          var r = ju;
          ((ju = bm(e.stateNode.containerInfo)), qu(e, t, n), (ju = r));
          break;
        case 22:
          e.memoizedState === null &&
            ((r = e.alternate),
            r !== null && r.memoizedState !== null ? ((r = Ku), (Ku = 16777216), qu(e, t, n), (Ku = r)) : qu(e, t, n));
          break;
        case 30:
          if ((e.flags & Ku) !== 0 && ((r = e.memoizedProps.name), r != null && r !== `auto`)) {
            var i = e.stateNode;
            ((i.paired = null), Ul === null && (Ul = new Map()), Ul.set(r, i));
          }
          qu(e, t, n);
          break;
        default:
          qu(e, t, n);
      }
    }
    function Yu(e) {
      var t = e.alternate;
      if (t !== null && ((e = t.child), e !== null)) {
        t.child = null;
        do ((t = e.sibling), (e.sibling = null), (e = t));
        while (e !== null);
      }
    }
    function Xu(e) {
      var t = e.deletions;
      if (e.flags & 16) {
        if (t !== null)
          for (var n = 0; n < t.length; n++) {
            var r = t[n];
            ((du = r), $u(r, e));
          }
        Yu(e);
      }
      if (e.subtreeFlags & 10256) for (e = e.child; e !== null;) (Zu(e), (e = e.sibling));
    }
    function Zu(e) {
      switch (e.tag) {
        case 0:
        case 11:
        case 15:
          (Xu(e), e.flags & 2048 && Tl(9, e, e.return));
          break;
        case 3:
          Xu(e);
          break;
        case 12:
          Xu(e);
          break;
        case 22:
          var t = e.stateNode;
          e.memoizedState !== null && t._visibility & 2 && (e.return === null || e.return.tag !== 13)
            ? ((t._visibility &= -3), Qu(e))
            : Xu(e);
          break;
        default:
          Xu(e);
      }
    }
    function Qu(e) {
      var t = e.deletions;
      if (e.flags & 16) {
        if (t !== null)
          for (var n = 0; n < t.length; n++) {
            var r = t[n];
            ((du = r), $u(r, e));
          }
        Yu(e);
      }
      for (e = e.child; e !== null;) {
        switch (((t = e), t.tag)) {
          case 0:
          case 11:
          case 15:
            (Tl(8, t, t.return), Qu(t));
            break;
          case 22:
            ((n = t.stateNode), n._visibility & 2 && ((n._visibility &= -3), Qu(t)));
            break;
          default:
            Qu(t);
        }
        e = e.sibling;
      }
    }
    function $u(e, t) {
      for (; du !== null;) {
        var n = du;
        switch (n.tag) {
          case 0:
          case 11:
          case 15:
            Tl(8, n, t);
            break;
          case 23:
          case 22:
            if (n.memoizedState !== null && n.memoizedState.cachePool !== null) {
              var r = n.memoizedState.cachePool.pool;
              r != null && r.refCount++;
            }
            break;
          case 24:
            Ia(n.memoizedState.cache);
        }
        if (((r = n.child), r !== null)) ((r.return = n), (du = r));
        else
          a: for (n = e; du !== null;) {
            r = du;
            var i = r.sibling,
              a = r.return;
            if ((Su(r), r === n)) {
              du = null;
              break a;
            }
            if (i !== null) {
              ((i.return = a), (du = i));
              break a;
            }
            du = a;
          }
      }
    }
    var ed = {
        getCacheForType: function (e) {
          var t = Oa(Pa),
            n = t.data.get(e);
          return (n === void 0 && ((n = e()), t.data.set(e, n)), n);
        },
        cacheSignal: function () {
          return Oa(Pa).controller.signal;
        },
      },
      td = typeof WeakMap == `function` ? WeakMap : Map,
      W = 0,
      G = null,
      K = null,
      q = 0,
      J = 0,
      nd = null,
      rd = !1,
      id = !1,
      ad = !1,
      od = 0,
      Y = 0,
      sd = 0,
      cd = 0,
      ld = 0,
      ud = 0,
      dd = 0,
      fd = null,
      pd = null,
      md = !1,
      hd = 0,
      gd = 0,
      _d = 1 / 0,
      vd = null,
      yd = null,
      X = 0,
      bd = null,
      xd = null,
      Sd = 0,
      Cd = 0,
      wd = null,
      Td = null,
      Ed = null,
      Dd = null,
      Od = null,
      kd = 0,
      Ad = null;
    function jd() {
      return W & 2 && q !== 0 ? q & -q : D.T === null ? Ot() : Pf();
    }
    function Md() {
      if (ud === 0) {
        if (!(q & 536870912) || L) {
          var e = ft;
          ((ft <<= 1), !(ft & 3932160) && (ft = 262144), (ud = e));
        } else ud = 536870912;
      }
      return ((e = Po.current), e !== null && (e.flags |= 32), ud);
    }
    function Nd(e, t) {
      if (t != null) {
        var n = e.stateNode,
          r = n.ref;
        (r === null && (r = n.ref = Pp(xi(e.memoizedProps, n))), Dd === null && (Dd = []), Dd.push(t.bind(null, r)));
      }
    }
    function Pd(e, t, n) {
      (((e === G && (J === 2 || J === 9)) || e.cancelPendingCommit !== null) && (Vd(e, 0), Rd(e, q, ud, !1)),
        xt(e, n),
        (W & 2 && e === G) || (e === G && (!(W & 2) && (cd |= n), Y === 4 && Rd(e, q, ud, !1)), Ef(e)));
    }
    function Fd(e, t, n) {
      if (W & 6) throw Error(s(327));
      var r = (!n && !(t & 127) && (t & e.expiredLanes) === 0) || gt(e, t),
        i = r ? Yd(e, t) : qd(e, t, !0),
        a = r;
      do {
        if (i === 0) {
          id && !r && Rd(e, t, 0, !1);
          break;
        }
        if (((n = e.current.alternate), a && !Ld(n))) ((i = qd(e, t, !1)), (a = !1));
        else {
          if (i === 2) {
            if (((a = t), e.errorRecoveryDisabledLanes & a)) var o = 0;
            else ((o = e.pendingLanes & -536870913), (o = o === 0 ? (o & 536870912 ? 536870912 : 0) : o));
            if (o !== 0) {
              t = o;
              a: {
                var c = e;
                i = fd;
                var l = c.current.memoizedState.isDehydrated;
                if ((l && (Vd(c, o).flags |= 256), (o = qd(c, o, !1)), o !== 2 && o !== 6)) {
                  if (ad && !l) {
                    ((c.errorRecoveryDisabledLanes |= a), (cd |= a), (i = 4));
                    break a;
                  }
                  ((a = pd), (pd = i), a !== null && (pd === null ? (pd = a) : pd.push.apply(pd, a)));
                }
                i = o;
              }
              if (((a = !1), i !== 2)) continue;
            }
          }
          if (i === 1) {
            (Vd(e, 0), Rd(e, t, 0, !0));
            break;
          }
          a: {
            switch (((r = e), (a = i), a)) {
              case 0:
              case 1:
                throw Error(s(345));
              case 4:
                if ((t & 4194048) !== t && (t & 62914560) !== t) break;
              case 6:
                Rd(r, t, ud, !rd);
                break a;
              case 2:
                pd = null;
                break;
              case 3:
              case 5:
                break;
              default:
                throw Error(s(329));
            }
            if ((t & 62914560) === t && ((i = hd + 300 - Ye()), 10 < i)) {
              if ((Rd(r, t, ud, !rd), ht(r, 0, !0) !== 0)) break a;
              ((Sd = t),
                (r.timeoutHandle = gp(Id.bind(null, r, n, pd, vd, md, t, ud, cd, dd, rd, a, `Throttled`, -0, 0), i)));
              break a;
            }
            Id(r, n, pd, vd, md, t, ud, cd, dd, rd, a, null, -0, 0);
          }
          break;
        }
      } while (1);
      Ef(e);
    }
    function Id(e, t, n, r, i, a, o, s, c, l, u, d, f, p) {
      e.timeoutHandle = -1;
      var m = t.subtreeFlags,
        h = (a & 335544064) === a;
      ((d = null),
        (h || m & 8192 || (m & 16785408) == 16785408) &&
        ((d = {
          stylesheets: null,
          count: 0,
          imgCount: 0,
          imgBytes: 0,
          suspenseyImages: [],
          waitingForImages: !0,
          waitingForViewTransition: !1,
          unsuspend: wn,
        }),
        (Ul = null),
        Ju(t, a, d),
        h &&
          ((m = d),
          (h = e.containerInfo),
          (h = (h.nodeType === 9 ? h : h.ownerDocument).__reactViewTransition),
          h != null && (m.count++, (m.waitingForViewTransition = !0), (m = nh.bind(m)), h.finished.then(m, m))),
        (m = (a & 62914560) === a ? hd - Ye() : (a & 4194048) === a ? gd - Ye() : 0),
        (m = eh(d, m)),
        m !== null)
          ? ((Sd = a),
            (e.cancelPendingCommit = m(nf.bind(null, e, t, a, n, r, i, o, s, c, l, u, d, null, f, p))),
            Rd(e, a, o, !l))
          : nf(e, t, a, n, r, i, o, s, c, l, u, d));
    }
    function Ld(e) {
      for (var t = e; ;) {
        var n = t.tag;
        if (
          (n === 0 || n === 11 || n === 15) &&
          t.flags & 16384 &&
          ((n = t.updateQueue), n !== null && ((n = n.stores), n !== null))
        )
          for (var r = 0; r < n.length; r++) {
            var i = n[r],
              a = i.getSnapshot;
            i = i.value;
            try {
              if (!F(a(), i)) return !1;
            } catch {
              return !1;
            }
          }
        if (((n = t.child), t.subtreeFlags & 16384 && n !== null)) ((n.return = t), (t = n));
        else {
          if (t === e) break;
          for (; t.sibling === null;) {
            if (t.return === null || t.return === e) return !0;
            t = t.return;
          }
          ((t.sibling.return = t.return), (t = t.sibling));
        }
      }
      return !0;
    }
    function Rd(e, t, n, r) {
      ((t = _t(e, t)),
        (t &= ~ld),
        (t &= ~cd),
        (e.suspendedLanes |= t),
        (e.pingedLanes &= ~t),
        r && (e.warmLanes |= t),
        (r = e.expirationTimes));
      for (var i = t; 0 < i;) {
        var a = 31 - st(i),
          o = 1 << a;
        ((r[a] = -1), (i &= ~o));
      }
      n !== 0 && Ct(e, n, t);
    }
    function zd() {
      return W & 6 ? !0 : (Df(0, !1), !1);
    }
    function Bd() {
      if (K !== null) {
        if (J === 0) var e = K.return;
        else ((e = K), (ba = ya = null), ss(e), (co = null), (lo = 0), (e = K));
        for (; e !== null;) (Cl(e.alternate, e), (e = e.return));
        K = null;
      }
    }
    function Vd(e, t) {
      var n = e.timeoutHandle;
      return (
        n !== -1 && ((e.timeoutHandle = -1), _p(n)),
        (n = e.cancelPendingCommit),
        n !== null && ((e.cancelPendingCommit = null), n()),
        (Sd = 0),
        Bd(),
        (G = e),
        (K = n = Ri(e.current, null)),
        (q = t),
        (J = 0),
        (nd = null),
        (rd = !1),
        (id = gt(e, t)),
        (ad = !1),
        (dd = ud = ld = cd = sd = Y = 0),
        (pd = fd = null),
        (md = !1),
        (od = _t(e, t)),
        Oi(),
        n
      );
    }
    function Hd(e, t) {
      ((R = null),
        (D.H = _c),
        t === Qa || t === eo
          ? ((t = oo()), (J = 3))
          : t === $a
            ? ((t = oo()), (J = 4))
            : (J = t === Fc ? 8 : typeof t == `object` && t && typeof t.then == `function` ? 6 : 1),
        (nd = t),
        K === null && ((Y = 1), kc(e, Ki(t, e.current))));
    }
    function Ud() {
      var e = Po.current;
      return e === null
        ? !0
        : (q & 4194048) === q
          ? Fo === null
          : (q & 62914560) === q || q & 536870912
            ? e === Fo
            : !1;
    }
    function Wd() {
      var e = D.H;
      return ((D.H = _c), e === null ? _c : e);
    }
    function Gd() {
      var e = D.A;
      return ((D.A = ed), e);
    }
    function Kd() {
      ((Y = 4),
        rd || ((q & 4194048) !== q && Po.current !== null) || (id = !0),
        (!(sd & 134217727) && !(cd & 134217727)) || G === null || Rd(G, q, ud, !1));
    }
    function qd(e, t, n) {
      var r = W;
      W |= 2;
      var i = Wd(),
        a = Gd();
      ((G !== e || q !== t) && ((vd = null), Vd(e, t)), (t = !1));
      var o = Y;
      a: do
        try {
          if (J !== 0 && K !== null) {
            var s = K,
              c = nd;
            switch (J) {
              case 8:
                (Bd(), (o = 6));
                break a;
              case 3:
              case 2:
              case 9:
              case 6:
                Po.current === null && (t = !0);
                var l = J;
                if (((J = 0), (nd = null), $d(e, s, c, l), n && id)) {
                  o = 0;
                  break a;
                }
                break;
              default:
                ((l = J), (J = 0), (nd = null), $d(e, s, c, l));
            }
          }
          (Jd(), (o = Y));
          break;
        } catch (t) {
          Hd(e, t);
        }
      while (1);
      return (
        t && e.shellSuspendCounter++,
        (ba = ya = null),
        (W = r),
        (D.H = i),
        (D.A = a),
        K === null && ((G = null), (q = 0), Oi()),
        o
      );
    }
    function Jd() {
      for (; K !== null;) Zd(K);
    }
    function Yd(e, t) {
      var n = W;
      W |= 2;
      var r = Wd(),
        i = Gd();
      G !== e || q !== t ? ((vd = null), (_d = Ye() + 500), Vd(e, t)) : (id = gt(e, t));
      a: do
        try {
          if (J !== 0 && K !== null) {
            t = K;
            var a = nd;
            b: switch (J) {
              case 1:
                ((J = 0), (nd = null), $d(e, t, a, 1));
                break;
              case 2:
              case 9:
                if (no(a)) {
                  ((J = 0), (nd = null), Qd(t));
                  break;
                }
                ((t = function () {
                  ((J !== 2 && J !== 9) || G !== e || (J = 7), Ef(e));
                }),
                  a.then(t, t));
                break a;
              case 3:
                J = 7;
                break a;
              case 4:
                J = 5;
                break a;
              case 7:
                no(a) ? ((J = 0), (nd = null), Qd(t)) : ((J = 0), (nd = null), $d(e, t, a, 7));
                break;
              case 5:
                var o = null;
                switch (K.tag) {
                  case 26:
                    o = K.memoizedState;
                  case 5:
                  case 27:
                    var c = K;
                    if (o ? Ym(o) : c.stateNode.complete) {
                      ((J = 0), (nd = null));
                      var l = c.sibling;
                      if (l !== null) K = l;
                      else {
                        var u = c.return;
                        u === null ? (K = null) : ((K = u), ef(u));
                      }
                      break b;
                    }
                }
                ((J = 0), (nd = null), $d(e, t, a, 5));
                break;
              case 6:
                ((J = 0), (nd = null), $d(e, t, a, 6));
                break;
              case 8:
                (Bd(), (Y = 6));
                break a;
              default:
                throw Error(s(462));
            }
          }
          Xd();
          break;
        } catch (t) {
          Hd(e, t);
        }
      while (1);
      return ((ba = ya = null), (D.H = r), (D.A = i), (W = n), K === null ? ((G = null), (q = 0), Oi(), Y) : 0);
    }
    function Xd() {
      for (; K !== null && !qe();) Zd(K);
    }
    function Zd(e) {
      var t = hl(e.alternate, e, od);
      ((e.memoizedProps = e.pendingProps), t === null ? ef(e) : (K = t));
    }
    function Qd(e) {
      var t = e,
        n = t.alternate;
      switch (t.tag) {
        case 15:
        case 0:
          t = Yc(n, t, t.pendingProps, t.type, void 0, q);
          break;
        case 11:
          t = Yc(n, t, t.pendingProps, t.type.render, t.ref, q);
          break;
        case 5:
          ss(t);
          var r = t;
          r === sa && (L ? (pa(r), r.tag === 5 && r.stateNode != null && (I = r.stateNode)) : (pa(r), (L = !0)));
        default:
          (Cl(n, t), (t = K = zi(t, od)), (t = hl(n, t, od)));
      }
      ((e.memoizedProps = e.pendingProps), t === null ? ef(e) : (K = t));
    }
    function $d(e, t, n, r) {
      ((ba = ya = null), ss(t), (co = null), (lo = 0));
      var i = t.return;
      try {
        if (Pc(e, i, t, n, q)) {
          ((Y = 1), kc(e, Ki(n, e.current)), (K = null));
          return;
        }
      } catch (t) {
        if (i !== null) throw ((K = i), t);
        ((Y = 1), kc(e, Ki(n, e.current)), (K = null));
        return;
      }
      t.flags & 32768
        ? (L || r === 1
            ? (e = !0)
            : id || q & 536870912
              ? (e = !1)
              : ((rd = e = !0),
                (r === 2 || r === 9 || r === 3 || r === 6) &&
                  ((r = Po.current), r !== null && r.tag === 13 && (r.flags |= 16384))),
          tf(t, e))
        : ef(t);
    }
    function ef(e) {
      var t = e;
      do {
        if (t.flags & 32768) {
          tf(t, rd);
          return;
        }
        e = t.return;
        var n = xl(t.alternate, t, od);
        if (n !== null) {
          K = n;
          return;
        }
        if (((t = t.sibling), t !== null)) {
          K = t;
          return;
        }
        K = t = e;
      } while (t !== null);
      Y === 0 && (Y = 5);
    }
    function tf(e, t) {
      do {
        var n = Sl(e.alternate, e);
        if (n !== null) {
          ((n.flags &= 32767), (K = n));
          return;
        }
        if (
          ((n = e.return),
          n !== null && ((n.flags |= 32768), (n.subtreeFlags = 0), (n.deletions = null)),
          !t && ((e = e.sibling), e !== null))
        ) {
          K = e;
          return;
        }
        K = e = n;
      } while (e !== null);
      ((Y = 6), (K = null));
    }
    function nf(e, t, n, r, i, a, o, c, l, u, d, f) {
      e.cancelPendingCommit = null;
      do df();
      while (X !== 0);
      if (W & 6) throw Error(s(327));
      if (t !== null) {
        if (t === e.current) throw Error(s(177));
        (e === G && ((K = G = null), (q = 0)),
          (xd = t),
          (bd = e),
          (Sd = n),
          (wd = i),
          (Td = r),
          rf(e, t, n, o, c, l, f));
      }
    }
    function rf(e, t, n, r, i, a, o) {
      var s = t.lanes | t.childLanes;
      if (
        ((Cd = s),
        (s |= Di),
        St(e, n, s, r, i, a),
        (Dd = null),
        (n & 335544064) === n ? ((Od = za(e)), (r = 10262)) : ((Od = null), (r = 10256)),
        (t.subtreeFlags & r) !== 0 || (t.flags & r) !== 0
          ? ((e.callbackNode = null),
            (e.callbackPriority = 0),
            yf($e, function () {
              return (ff(), null);
            }))
          : ((e.callbackNode = null), (e.callbackPriority = 0)),
        (Hl = !1),
        (r = !!(t.flags & 13878)),
        t.subtreeFlags & 13878 || r)
      ) {
        ((r = D.T), (D.T = null), (i = O.p), (O.p = 2), (a = W), (W |= 4));
        try {
          gu(e, t, n);
        } finally {
          ((W = a), (O.p = i), (D.T = r));
        }
      }
      ((X = 1), Hl ? (Ed = Mp(o, e.containerInfo, Od, sf, cf, of, lf, ff, af, null, null)) : (sf(), cf(), lf()));
    }
    function af(e) {
      if (X !== 0) {
        var t = bd.onRecoverableError;
        t(e, { componentStack: null });
      }
    }
    function of() {
      X === 3 && ((X = 0), Iu(xd, bd), (X = 4));
    }
    function sf() {
      if (X === 1) {
        X = 0;
        var e = bd,
          t = xd,
          n = Sd,
          r = !!(t.flags & 13878);
        if (t.subtreeFlags & 13878 || r) {
          ((r = D.T), (D.T = null));
          var i = O.p;
          O.p = 2;
          var a = W;
          W |= 4;
          try {
            ((pu = mu = !1), Mu(t, e, n), (n = cp));
            var o = Zr(e.containerInfo),
              s = n.focusedElem,
              c = n.selectionRange;
            if (o !== s && s && s.ownerDocument && Xr(s.ownerDocument.documentElement, s)) {
              if (c !== null && Qr(s)) {
                var l = c.start,
                  u = c.end;
                if ((u === void 0 && (u = l), `selectionStart` in s))
                  ((s.selectionStart = l), (s.selectionEnd = Math.min(u, s.value.length)));
                else {
                  var d = s.ownerDocument || document,
                    f = (d && d.defaultView) || window;
                  if (f.getSelection) {
                    var p = f.getSelection(),
                      m = s.textContent.length,
                      h = Math.min(c.start, m),
                      g = c.end === void 0 ? h : Math.min(c.end, m);
                    !p.extend && h > g && ((o = g), (g = h), (h = o));
                    var _ = Yr(s, h),
                      v = Yr(s, g);
                    if (
                      _ &&
                      v &&
                      (p.rangeCount !== 1 ||
                        p.anchorNode !== _.node ||
                        p.anchorOffset !== _.offset ||
                        p.focusNode !== v.node ||
                        p.focusOffset !== v.offset)
                    ) {
                      var y = d.createRange();
                      (y.setStart(_.node, _.offset),
                        p.removeAllRanges(),
                        h > g
                          ? (p.addRange(y), p.extend(v.node, v.offset))
                          : (y.setEnd(v.node, v.offset), p.addRange(y)));
                    }
                  }
                }
              }
              for (d = [], p = s; (p = p.parentNode);)
                p.nodeType === 1 && d.push({ element: p, left: p.scrollLeft, top: p.scrollTop });
              for (typeof s.focus == `function` && s.focus(), s = 0; s < d.length; s++) {
                var b = d[s];
                ((b.element.scrollLeft = b.left), (b.element.scrollTop = b.top));
              }
            }
            ((gh = !!sp), (cp = sp = null));
          } finally {
            ((W = a), (O.p = i), (D.T = r));
          }
        }
        ((e.current = t), (X = 2));
      }
    }
    function cf() {
      if (X === 2) {
        X = 0;
        var e = bd,
          t = xd,
          n = !!(t.flags & 8772);
        if (t.subtreeFlags & 8772 || n) {
          ((n = D.T), (D.T = null));
          var r = O.p;
          O.p = 2;
          var i = W;
          W |= 4;
          try {
            vu(e, t.alternate, t);
          } finally {
            ((W = i), (O.p = r), (D.T = n));
          }
        }
        X = 3;
      }
    }
    function lf() {
      if (X === 4 || X === 3) {
        X = 0;
        var e = Ed;
        ((Ed = null), Je());
        var t = bd,
          n = xd,
          r = Sd,
          i = Td,
          a = (r & 335544064) === r ? 10262 : 10256;
        if (
          ((n.subtreeFlags & a) !== 0 || (n.flags & a) !== 0
            ? (X = 5)
            : ((X = 0), (xd = bd = null), uf(t, t.pendingLanes)),
          (a = t.pendingLanes),
          a === 0 && (yd = null),
          Dt(r),
          (n = n.stateNode),
          at && typeof at.onCommitFiberRoot == `function`)
        )
          try {
            at.onCommitFiberRoot(it, n, void 0, (n.current.flags & 128) == 128);
          } catch {}
        if (i !== null) {
          ((n = D.T), (a = O.p), (O.p = 2), (D.T = null));
          try {
            for (var o = t.onRecoverableError, s = 0; s < i.length; s++) {
              var c = i[s];
              o(c.value, { componentStack: c.stack });
            }
          } finally {
            ((D.T = n), (O.p = a));
          }
        }
        if (((i = Dd), (o = Od), (Od = null), i !== null && ((Dd = null), o === null && (o = []), e !== null)))
          for (c = 0; c < i.length; c++) ((n = (0, i[c])(o)), n !== void 0 && e.finished.finally(n));
        (Sd & 3 && df(),
          Ef(t),
          (a = t.pendingLanes),
          r & 261930 && a & 42 ? (t === Ad ? kd++ : ((kd = 0), (Ad = t))) : ((kd = 0), (Ad = null)),
          Df(0, !1));
      }
    }
    function uf(e, t) {
      (e.pooledCacheLanes &= t) === 0 && ((t = e.pooledCache), t != null && ((e.pooledCache = null), Ia(t)));
    }
    function df() {
      return (Ed !== null && (Ed.skipTransition(), (Ed = null)), sf(), cf(), lf(), ff());
    }
    function ff() {
      if (X !== 5) return !1;
      var e = bd,
        t = Cd;
      Cd = 0;
      var n = Dt(Sd),
        r = D.T,
        i = O.p;
      try {
        ((O.p = 32 > n ? 32 : n), (D.T = null), (n = wd), (wd = null));
        var a = bd,
          o = Sd;
        if (((X = 0), (xd = bd = null), (Sd = 0), W & 6)) throw Error(s(331));
        var c = W;
        if (
          ((W |= 4),
          Zu(a.current),
          Uu(a, a.current, o, n),
          (W = c),
          Df(0, !1),
          at && typeof at.onPostCommitFiberRoot == `function`)
        )
          try {
            at.onPostCommitFiberRoot(it, a);
          } catch {}
        return !0;
      } finally {
        ((O.p = i), (D.T = r), uf(e, t));
      }
    }
    function pf(e, t, n) {
      ((t = Ki(n, t)), (t = jc(e.stateNode, t, 2)), (e = xo(e, t, 2)), e !== null && (xt(e, 2), Ef(e)));
    }
    function Z(e, t, n) {
      if (e.tag === 3) pf(e, e, n);
      else
        for (; t !== null;) {
          if (t.tag === 3) {
            pf(t, e, n);
            break;
          }
          if (t.tag === 1) {
            var r = t.stateNode;
            if (
              typeof t.type.getDerivedStateFromError == `function` ||
              (typeof r.componentDidCatch == `function` && (yd === null || !yd.has(r)))
            ) {
              ((e = Ki(n, e)), (n = Mc(2)), (r = xo(t, n, 2)), r !== null && (Nc(n, r, t, e), xt(r, 2), Ef(r)));
              break;
            }
          }
          t = t.return;
        }
    }
    function mf(e, t, n) {
      var r = e.pingCache;
      if (r === null) {
        r = e.pingCache = new td();
        var i = new Set();
        r.set(t, i);
      } else ((i = r.get(t)), i === void 0 && ((i = new Set()), r.set(t, i)));
      i.has(n) || ((ad = !0), i.add(n), (e = hf.bind(null, e, t, n)), t.then(e, e));
    }
    function hf(e, t, n) {
      var r = e.pingCache;
      (r !== null && r.delete(t),
        (e.pingedLanes |= e.suspendedLanes & n),
        (e.warmLanes &= ~n),
        G === e &&
          (q & n) === n &&
          (Y === 4 || (Y === 3 && (q & 62914560) === q && 300 > Ye() - hd) ? (W & 2 ? (ld |= n) : Vd(e, 0)) : (ld |= n),
          dd === q && (dd = 0)),
        Ef(e));
    }
    function gf(e, t) {
      (t === 0 && (t = yt()), (e = ji(e, t)), e !== null && (xt(e, t), Ef(e)));
    }
    function _f(e) {
      var t = e.memoizedState,
        n = 0;
      (t !== null && (n = t.retryLane), gf(e, n));
    }
    function vf(e, t) {
      var n = 0;
      switch (e.tag) {
        case 31:
        case 13:
          var r = e.stateNode,
            i = e.memoizedState;
          i !== null && (n = i.retryLane);
          break;
        case 19:
          r = e.stateNode;
          break;
        case 22:
          r = e.stateNode._retryCache;
          break;
        default:
          throw Error(s(314));
      }
      (r !== null && r.delete(t), gf(e, n));
    }
    function yf(e, t) {
      return Ge(e, t);
    }
    var bf = null,
      xf = null,
      Sf = !1,
      Cf = !1,
      wf = !1,
      Tf = 0;
    function Ef(e) {
      (e !== xf && e.next === null && (xf === null ? (bf = xf = e) : (xf = xf.next = e)),
        (Cf = !0),
        Sf || ((Sf = !0), Nf()));
    }
    function Df(e, t) {
      if (!wf && Cf) {
        wf = !0;
        do
          for (var n = !1, r = bf; r !== null;) {
            if (!t) {
              if (e !== 0) {
                var i = r.pendingLanes;
                if (i === 0) var a = 0;
                else {
                  var o = r.suspendedLanes,
                    s = r.pingedLanes;
                  ((a = (1 << (31 - st(42 | e) + 1)) - 1),
                    (a &= i & ~(o & ~s)),
                    (a = a & 201326741 ? (a & 201326741) | 1 : a ? a | 2 : 0));
                }
                a !== 0 && ((n = !0), Mf(r, a));
              } else
                ((a = q),
                  (a = ht(r, r === G ? a : 0, r.cancelPendingCommit !== null || r.timeoutHandle !== -1)),
                  !(a & 3) || gt(r, a) || ((n = !0), Mf(r, a)));
            }
            r = r.next;
          }
        while (n);
        wf = !1;
      }
    }
    function Of() {
      kf();
    }
    function kf() {
      Cf = Sf = !1;
      var e = 0;
      Tf !== 0 && hp() && (e = Tf);
      for (var t = Ye(), n = null, r = bf; r !== null;) {
        var i = r.next,
          a = Af(r, t);
        (a === 0
          ? ((r.next = null), n === null ? (bf = i) : (n.next = i), i === null && (xf = n))
          : ((n = r), (e !== 0 || a & 3) && (Cf = !0)),
          (r = i));
      }
      ((X !== 0 && X !== 5) || Df(e, !1), Tf !== 0 && (Tf = 0));
    }
    function Af(e, t) {
      for (var n = e.suspendedLanes, r = e.pingedLanes, i = e.expirationTimes, a = e.pendingLanes & -62914561; 0 < a;) {
        var o = 31 - st(a),
          s = 1 << o,
          c = i[o];
        (c === -1 ? ((s & n) === 0 || (s & r) !== 0) && (i[o] = vt(s, t)) : c <= t && (e.expiredLanes |= s), (a &= ~s));
      }
      if (
        ((t = G),
        (n = q),
        (n = ht(e, e === t ? n : 0, e.cancelPendingCommit !== null || e.timeoutHandle !== -1)),
        (r = e.callbackNode),
        n === 0 || (e === t && (J === 2 || J === 9)) || e.cancelPendingCommit !== null)
      )
        return (r !== null && r !== null && Ke(r), (e.callbackNode = null), (e.callbackPriority = 0));
      if (!(n & 3) || gt(e, n)) {
        if (((t = n & -n), t === e.callbackPriority)) return t;
        switch ((r !== null && Ke(r), Dt(n))) {
          case 2:
          case 8:
            n = Qe;
            break;
          case 32:
            n = $e;
            break;
          case 268435456:
            n = tt;
            break;
          default:
            n = $e;
        }
        return ((r = jf.bind(null, e)), (n = Ge(n, r)), (e.callbackPriority = t), (e.callbackNode = n), t);
      }
      return (r !== null && r !== null && Ke(r), (e.callbackPriority = 2), (e.callbackNode = null), 2);
    }
    function jf(e, t) {
      if (X !== 0 && X !== 5) return ((e.callbackNode = null), (e.callbackPriority = 0), null);
      var n = e.callbackNode;
      if (df() && e.callbackNode !== n) return null;
      var r = q;
      return (
        (r = ht(e, e === G ? r : 0, e.cancelPendingCommit !== null || e.timeoutHandle !== -1)),
        r === 0
          ? null
          : (Fd(e, r, t), Af(e, Ye()), e.callbackNode != null && e.callbackNode === n ? jf.bind(null, e) : null)
      );
    }
    function Mf(e, t) {
      if (df()) return null;
      Fd(e, t, !0);
    }
    function Nf() {
      bp(function () {
        W & 6 ? Ge(Ze, Of) : kf();
      });
    }
    function Pf() {
      if (Tf === 0) {
        var e = Ha;
        (e === 0 && ((e = dt), (dt <<= 1), !(dt & 261888) && (dt = 256)), (Tf = e));
      }
      return Tf;
    }
    function Ff(e) {
      return e == null || typeof e == `symbol` || typeof e == `boolean` ? null : typeof e == `function` ? e : Cn(e);
    }
    function If(e, t, n, r, i) {
      if (t === `submit` && n && n.stateNode === i) {
        var a = Ff((i[jt] || null).action),
          o = r.submitter;
        o &&
          ((t = (t = o[jt] || null) ? Ff(t.formAction) : o.getAttribute(`formAction`)),
          t !== null && ((a = t), (o = null)));
        var s = new Gn(`action`, `action`, null, r, i);
        e.push({
          event: s,
          listeners: [
            {
              instance: null,
              listener: function () {
                if (r.defaultPrevented) {
                  if (Tf !== 0) {
                    var e = new FormData(i, o);
                    rc(n, { pending: !0, data: e, method: i.method, action: a }, null, e);
                  }
                } else
                  typeof a == `function` &&
                    (s.preventDefault(),
                    (e = new FormData(i, o)),
                    rc(n, { pending: !0, data: e, method: i.method, action: a }, a, e));
              },
              currentTarget: i,
            },
          ],
        });
      }
    }
    for (var Lf = 0; Lf < vi.length; Lf++) {
      var Rf = vi[Lf];
      yi(Rf.toLowerCase(), `on` + (Rf[0].toUpperCase() + Rf.slice(1)));
    }
    (yi(ui, `onAnimationEnd`),
      yi(di, `onAnimationIteration`),
      yi(fi, `onAnimationStart`),
      yi(`dblclick`, `onDoubleClick`),
      yi(`focusin`, `onFocus`),
      yi(`focusout`, `onBlur`),
      yi(pi, `onTransitionRun`),
      yi(mi, `onTransitionStart`),
      yi(hi, `onTransitionCancel`),
      yi(gi, `onTransitionEnd`),
      j(`onMouseEnter`, [`mouseout`, `mouseover`]),
      j(`onMouseLeave`, [`mouseout`, `mouseover`]),
      j(`onPointerEnter`, [`pointerout`, `pointerover`]),
      j(`onPointerLeave`, [`pointerout`, `pointerover`]),
      Jt(`onChange`, `change click focusin focusout input keydown keyup selectionchange`.split(` `)),
      Jt(`onSelect`, `focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange`.split(` `)),
      Jt(`onBeforeInput`, [`compositionend`, `keypress`, `textInput`, `paste`]),
      Jt(`onCompositionEnd`, `compositionend focusout keydown keypress keyup mousedown`.split(` `)),
      Jt(`onCompositionStart`, `compositionstart focusout keydown keypress keyup mousedown`.split(` `)),
      Jt(`onCompositionUpdate`, `compositionupdate focusout keydown keypress keyup mousedown`.split(` `)));
    var zf =
        `abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting`.split(
          ` `,
        ),
      Bf = new Set(`beforetoggle cancel close invalid load scroll scrollend toggle`.split(` `).concat(zf));
    function Vf(e, t) {
      t = !!(t & 4);
      for (var n = 0; n < e.length; n++) {
        var r = e[n],
          i = r.event;
        r = r.listeners;
        a: {
          var a = void 0;
          if (t)
            for (var o = r.length - 1; 0 <= o; o--) {
              var s = r[o],
                c = s.instance,
                l = s.currentTarget;
              if (((s = s.listener), c !== a && i.isPropagationStopped())) break a;
              ((a = s), (i.currentTarget = l));
              try {
                a(i);
              } catch (e) {
                wi(e);
              }
              ((i.currentTarget = null), (a = c));
            }
          else
            for (o = 0; o < r.length; o++) {
              if (
                ((s = r[o]),
                (c = s.instance),
                (l = s.currentTarget),
                (s = s.listener),
                c !== a && i.isPropagationStopped())
              )
                break a;
              ((a = s), (i.currentTarget = l));
              try {
                a(i);
              } catch (e) {
                wi(e);
              }
              ((i.currentTarget = null), (a = c));
            }
        }
      }
    }
    function Q(e, t) {
      var n = t[Nt];
      n === void 0 && (n = t[Nt] = new Set());
      var r = e + `__bubble`;
      n.has(r) || (Gf(t, e, 2, !1), n.add(r));
    }
    function Hf(e, t, n) {
      var r = 0;
      (t && (r |= 4), Gf(n, e, r, t));
    }
    var Uf = `_reactListening` + Math.random().toString(36).slice(2);
    function Wf(e) {
      if (!e[Uf]) {
        ((e[Uf] = !0),
          Kt.forEach(function (t) {
            t !== `selectionchange` && (Bf.has(t) || Hf(t, !1, e), Hf(t, !0, e));
          }));
        var t = e.nodeType === 9 ? e : e.ownerDocument;
        t === null || t[Uf] || ((t[Uf] = !0), Hf(`selectionchange`, !1, t));
      }
    }
    function Gf(e, t, n, r) {
      switch (Ch(t)) {
        case 2:
          var i = _h;
          break;
        case 8:
          i = vh;
          break;
        default:
          i = yh;
      }
      ((n = i.bind(null, t, n, e)),
        (i = void 0),
        !Pn || (t !== `touchstart` && t !== `touchmove` && t !== `wheel`) || (i = !0),
        r
          ? i === void 0
            ? e.addEventListener(t, n, !0)
            : e.addEventListener(t, n, { capture: !0, passive: i })
          : i === void 0
            ? e.addEventListener(t, n, !1)
            : e.addEventListener(t, n, { passive: i }));
    }
    function Kf(e, t, n, r, i) {
      var a = r;
      if (!(t & 1) && !(t & 2) && r !== null)
        a: for (;;) {
          if (r === null) return;
          var o = r.tag;
          if (o === 3 || o === 4) {
            var s = r.stateNode.containerInfo;
            if (s === i) break;
            if (o === 4)
              for (o = r.return; o !== null;) {
                var c = o.tag;
                if ((c === 3 || c === 4) && o.stateNode.containerInfo === i) return;
                o = o.return;
              }
            for (; s !== null;) {
              if (((o = Bt(s)), o === null)) return;
              if (((c = o.tag), c === 5 || c === 6 || c === 26 || c === 27)) {
                r = a = o;
                continue a;
              }
              s = s.parentNode;
            }
          }
          r = r.return;
        }
      jn(function () {
        var r = a,
          i = En(n),
          o = [];
        a: {
          var s = _i.get(e);
          if (s !== void 0) {
            var c = Gn,
              u = e;
            switch (e) {
              case `keypress`:
                if (Bn(n) === 0) break a;
              case `keydown`:
              case `keyup`:
                c = lr;
                break;
              case `focusin`:
                ((u = `focus`), (c = er));
                break;
              case `focusout`:
                ((u = `blur`), (c = er));
                break;
              case `beforeblur`:
              case `afterblur`:
                c = er;
                break;
              case `click`:
                if (n.button === 2) break a;
              case `auxclick`:
              case `dblclick`:
              case `mousedown`:
              case `mousemove`:
              case `mouseup`:
              case `mouseout`:
              case `mouseover`:
              case `contextmenu`:
                c = Qn;
                break;
              case `drag`:
              case `dragend`:
              case `dragenter`:
              case `dragexit`:
              case `dragleave`:
              case `dragover`:
              case `dragstart`:
              case `drop`:
                c = $n;
                break;
              case `touchcancel`:
              case `touchend`:
              case `touchmove`:
              case `touchstart`:
                c = fr;
                break;
              case ui:
              case di:
              case fi:
                c = tr;
                break;
              case gi:
                c = pr;
                break;
              case `scroll`:
              case `scrollend`:
                c = qn;
                break;
              case `wheel`:
                c = mr;
                break;
              case `copy`:
              case `cut`:
              case `paste`:
                c = nr;
                break;
              case `gotpointercapture`:
              case `lostpointercapture`:
              case `pointercancel`:
              case `pointerdown`:
              case `pointermove`:
              case `pointerout`:
              case `pointerover`:
              case `pointerup`:
                c = ur;
                break;
              case `submit`:
                c = dr;
                break;
              case `toggle`:
              case `beforetoggle`:
                c = hr;
            }
            var d = !!(t & 4),
              f = !d && (e === `scroll` || e === `scrollend`),
              p = d ? (s === null ? null : s + `Capture`) : s;
            d = [];
            for (var m = r, h; m !== null;) {
              var g = m;
              if (
                ((h = g.stateNode),
                (g = g.tag),
                (g !== 5 && g !== 26 && g !== 27) ||
                  h === null ||
                  p === null ||
                  ((g = Mn(m, p)), g != null && d.push(qf(m, g, h))),
                f)
              )
                break;
              m = m.return;
            }
            0 < d.length && ((s = new c(s, u, null, n, i)), o.push({ event: s, listeners: d }));
          }
        }
        if (!(t & 7)) {
          a: {
            if (
              ((c = e === `mouseover` || e === `pointerover`),
              (s = e === `mouseout` || e === `pointerout`),
              c && n !== Tn && (u = n.relatedTarget || n.fromElement) && (Bt(u) || u[Mt]))
            )
              break a;
            (s || c) &&
              ((u = i.window === i ? i : (c = i.ownerDocument) ? c.defaultView || c.parentWindow : window),
              s
                ? ((c = n.relatedTarget || n.toElement),
                  (s = r),
                  (c = c ? Bt(c) : null),
                  c !== null && ((f = l(c)), (d = c.tag), c !== f || (d !== 5 && d !== 27 && d !== 6)) && (c = null))
                : ((s = null), (c = r)),
              s !== c &&
                ((d = Qn),
                (g = `onMouseLeave`),
                (p = `onMouseEnter`),
                (m = `mouse`),
                (e === `pointerout` || e === `pointerover`) &&
                  ((d = ur), (g = `onPointerLeave`), (p = `onPointerEnter`), (m = `pointer`)),
                (f = s == null ? u : Ht(s)),
                (h = c == null ? u : Ht(c)),
                (u = new d(g, m + `leave`, s, n, i)),
                (u.target = f),
                (u.relatedTarget = h),
                (g = null),
                Bt(i) === r && ((d = new d(p, m + `enter`, c, n, i)), (d.target = h), (d.relatedTarget = f), (g = d)),
                (f = g),
                (d = s && c ? T(s, c, Yf) : null),
                s !== null && Xf(o, u, s, d, !1),
                c !== null && f !== null && Xf(o, f, c, d, !0)));
          }
          a: {
            if (
              ((s = r ? Ht(r) : window),
              (c = s.nodeName && s.nodeName.toLowerCase()),
              c === `select` || (c === `input` && s.type === `file`))
            )
              var _ = Pr;
            else if (kr(s)) {
              if (Fr) _ = Wr;
              else {
                _ = Hr;
                var v = Vr;
              }
            } else
              ((c = s.nodeName),
                !c || c.toLowerCase() !== `input` || (s.type !== `checkbox` && s.type !== `radio`)
                  ? r && bn(r.elementType) && (_ = Pr)
                  : (_ = Ur));
            if ((_ &&= _(e, r))) {
              P(o, _, n, i);
              break a;
            }
            v && v(e, s, r);
          }
          switch (((v = r ? Ht(r) : window), e)) {
            case `focusin`:
              (kr(v) || v.contentEditable === `true`) && ((ei = v), (ti = r), (ni = null));
              break;
            case `focusout`:
              ni = ti = ei = null;
              break;
            case `mousedown`:
              ri = !0;
              break;
            case `contextmenu`:
            case `mouseup`:
            case `dragend`:
              ((ri = !1), ii(o, n, i));
              break;
            case `selectionchange`:
              if ($r) break;
            case `keydown`:
            case `keyup`:
              ii(o, n, i);
          }
          var y;
          if (_r)
            b: {
              switch (e) {
                case `compositionstart`:
                  var b = `onCompositionStart`;
                  break b;
                case `compositionend`:
                  b = `onCompositionEnd`;
                  break b;
                case `compositionupdate`:
                  b = `onCompositionUpdate`;
                  break b;
              }
              b = void 0;
            }
          else
            Tr
              ? Cr(e, n) && (b = `onCompositionEnd`)
              : e === `keydown` && n.keyCode === 229 && (b = `onCompositionStart`);
          (b &&
            (br &&
              n.locale !== `ko` &&
              (Tr || b !== `onCompositionStart`
                ? b === `onCompositionEnd` && Tr && (y = zn())
                : ((In = i), (Ln = `value` in In ? In.value : In.textContent), (Tr = !0))),
            (v = Jf(r, b)),
            0 < v.length &&
              ((b = new rr(b, e, null, n, i)),
              o.push({ event: b, listeners: v }),
              y ? (b.data = y) : ((y = wr(n)), y !== null && (b.data = y)))),
            (y = yr ? Er(e, n) : Dr(e, n)) &&
              ((b = Jf(r, `onBeforeInput`)),
              0 < b.length &&
                ((v = new rr(`onBeforeInput`, `beforeinput`, null, n, i)),
                o.push({ event: v, listeners: b }),
                (v.data = y))),
            If(o, e, r, n, i));
        }
        Vf(o, t);
      });
    }
    function qf(e, t, n) {
      return { instance: e, listener: t, currentTarget: n };
    }
    function Jf(e, t) {
      for (var n = t + `Capture`, r = []; e !== null;) {
        var i = e,
          a = i.stateNode;
        if (
          ((i = i.tag),
          (i !== 5 && i !== 26 && i !== 27) ||
            a === null ||
            ((i = Mn(e, n)), i != null && r.unshift(qf(e, i, a)), (i = Mn(e, t)), i != null && r.push(qf(e, i, a))),
          e.tag === 3)
        )
          return r;
        e = e.return;
      }
      return [];
    }
    function Yf(e) {
      if (e === null) return null;
      do e = e.return;
      while (e && e.tag !== 5 && e.tag !== 27);
      return e || null;
    }
    function Xf(e, t, n, r, i) {
      for (var a = t._reactName, o = []; n !== null && n !== r;) {
        var s = n,
          c = s.alternate,
          l = s.stateNode;
        if (((s = s.tag), c !== null && c === r)) break;
        ((s !== 5 && s !== 26 && s !== 27) ||
          l === null ||
          ((c = l),
          i
            ? ((l = Mn(n, a)), l != null && o.unshift(qf(n, l, c)))
            : i || ((l = Mn(n, a)), l != null && o.push(qf(n, l, c)))),
          (n = n.return));
      }
      o.length !== 0 && e.push({ event: t, listeners: o });
    }
    var Zf = /\r\n?/g,
      Qf = /\u0000|\uFFFD/g;
    function $f(e) {
      return (typeof e == `string` ? e : `` + e)
        .replace(
          Zf,
          `
`,
        )
        .replace(Qf, ``);
    }
    function ep(e, t) {
      return ((t = $f(t)), $f(e) === t);
    }
    function $(e, t, n, r, i, a) {
      switch (n) {
        case `children`:
          if (typeof r == `string`) t === `body` || (t === `textarea` && r === ``) || gn(e, r);
          else if (typeof r == `number` || typeof r == `bigint`) t !== `body` && gn(e, `` + r);
          else return;
          break;
        case `className`:
          en(e, `class`, r);
          break;
        case `tabIndex`:
          en(e, `tabindex`, r);
          break;
        case `dir`:
        case `role`:
        case `viewBox`:
        case `width`:
        case `height`:
          en(e, n, r);
          break;
        case `style`:
          yn(e, r, a);
          return;
        case `data`:
          if (t !== `object`) {
            en(e, `data`, r);
            break;
          }
        case `src`:
        case `href`:
          if (
            (r === `` && (t !== `a` || n !== `href`)) ||
            r == null ||
            typeof r == `function` ||
            typeof r == `symbol` ||
            typeof r == `boolean`
          ) {
            e.removeAttribute(n);
            break;
          }
          ((r = Cn(r)), e.setAttribute(n, r));
          break;
        case `action`:
        case `formAction`:
          if (typeof r == `function`) {
            e.setAttribute(
              n,
              `javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')`,
            );
            break;
          }
          if (
            (typeof a == `function` &&
              (n === `formAction`
                ? (t !== `input` && $(e, t, `name`, i.name, i, null),
                  $(e, t, `formEncType`, i.formEncType, i, null),
                  $(e, t, `formMethod`, i.formMethod, i, null),
                  $(e, t, `formTarget`, i.formTarget, i, null))
                : ($(e, t, `encType`, i.encType, i, null),
                  $(e, t, `method`, i.method, i, null),
                  $(e, t, `target`, i.target, i, null))),
            r == null || typeof r == `symbol` || typeof r == `boolean`)
          ) {
            e.removeAttribute(n);
            break;
          }
          ((r = Cn(r)), e.setAttribute(n, r));
          break;
        case `onClick`:
          r != null && (e.onclick = wn);
          return;
        case `onScroll`:
          r != null && Q(`scroll`, e);
          return;
        case `onScrollEnd`:
          r != null && Q(`scrollend`, e);
          return;
        case `dangerouslySetInnerHTML`:
          if (r != null) {
            if (typeof r != `object` || !(`__html` in r)) throw Error(s(61));
            if (((n = r.__html), n != null)) {
              if (i.children != null) throw Error(s(60));
              a?.__html !== n && (e.innerHTML = n);
            }
          }
          break;
        case `multiple`:
          e.multiple = r && typeof r != `function` && typeof r != `symbol`;
          break;
        case `muted`:
          e.muted = r && typeof r != `function` && typeof r != `symbol`;
          break;
        case `suppressContentEditableWarning`:
        case `suppressHydrationWarning`:
        case `defaultValue`:
        case `defaultChecked`:
        case `innerHTML`:
        case `ref`:
          break;
        case `autoFocus`:
          break;
        case `xlinkHref`:
          if (r == null || typeof r == `function` || typeof r == `boolean` || typeof r == `symbol`) {
            e.removeAttribute(`xlink:href`);
            break;
          }
          ((n = Cn(r)), e.setAttributeNS(`http://www.w3.org/1999/xlink`, `xlink:href`, n));
          break;
        case `contentEditable`:
        case `spellCheck`:
        case `draggable`:
        case `value`:
        case `autoReverse`:
        case `externalResourcesRequired`:
        case `focusable`:
        case `preserveAlpha`:
          r != null && typeof r != `function` && typeof r != `symbol` ? e.setAttribute(n, r) : e.removeAttribute(n);
          break;
        case `inert`:
        case `allowFullScreen`:
        case `async`:
        case `autoPlay`:
        case `controls`:
        case `credentialless`:
        case `default`:
        case `defer`:
        case `disabled`:
        case `disablePictureInPicture`:
        case `disableRemotePlayback`:
        case `formNoValidate`:
        case `hidden`:
        case `loop`:
        case `noModule`:
        case `noValidate`:
        case `open`:
        case `playsInline`:
        case `readOnly`:
        case `required`:
        case `reversed`:
        case `scoped`:
        case `seamless`:
        case `itemScope`:
          r && typeof r != `function` && typeof r != `symbol` ? e.setAttribute(n, ``) : e.removeAttribute(n);
          break;
        case `capture`:
        case `download`:
          !0 === r
            ? e.setAttribute(n, ``)
            : !1 !== r && r != null && typeof r != `function` && typeof r != `symbol`
              ? e.setAttribute(n, r)
              : e.removeAttribute(n);
          break;
        case `cols`:
        case `rows`:
        case `size`:
        case `span`:
          r != null && typeof r != `function` && typeof r != `symbol` && !isNaN(r) && 1 <= r
            ? e.setAttribute(n, r)
            : e.removeAttribute(n);
          break;
        case `rowSpan`:
        case `start`:
          r == null || typeof r == `function` || typeof r == `symbol` || isNaN(r)
            ? e.removeAttribute(n)
            : e.setAttribute(n, r);
          break;
        case `popover`:
          (Q(`beforetoggle`, e), Q(`toggle`, e), $t(e, `popover`, r));
          break;
        case `xlinkActuate`:
          tn(e, `http://www.w3.org/1999/xlink`, `xlink:actuate`, r);
          break;
        case `xlinkArcrole`:
          tn(e, `http://www.w3.org/1999/xlink`, `xlink:arcrole`, r);
          break;
        case `xlinkRole`:
          tn(e, `http://www.w3.org/1999/xlink`, `xlink:role`, r);
          break;
        case `xlinkShow`:
          tn(e, `http://www.w3.org/1999/xlink`, `xlink:show`, r);
          break;
        case `xlinkTitle`:
          tn(e, `http://www.w3.org/1999/xlink`, `xlink:title`, r);
          break;
        case `xlinkType`:
          tn(e, `http://www.w3.org/1999/xlink`, `xlink:type`, r);
          break;
        case `xmlBase`:
          tn(e, `http://www.w3.org/XML/1998/namespace`, `xml:base`, r);
          break;
        case `xmlLang`:
          tn(e, `http://www.w3.org/XML/1998/namespace`, `xml:lang`, r);
          break;
        case `xmlSpace`:
          tn(e, `http://www.w3.org/XML/1998/namespace`, `xml:space`, r);
          break;
        case `is`:
          $t(e, `is`, r);
          break;
        case `innerText`:
        case `textContent`:
          return;
        default:
          if (!(2 < n.length) || (n[0] !== `o` && n[0] !== `O`) || (n[1] !== `n` && n[1] !== `N`))
            ((n = xn.get(n) || n), $t(e, n, r));
          else return;
      }
      N = !0;
    }
    function tp(e, t, n, r, i, a) {
      switch (n) {
        case `style`:
          yn(e, r, a);
          return;
        case `dangerouslySetInnerHTML`:
          if (r != null) {
            if (typeof r != `object` || !(`__html` in r)) throw Error(s(61));
            if (((n = r.__html), n != null)) {
              if (i.children != null) throw Error(s(60));
              a?.__html !== n && (e.innerHTML = n);
            }
          }
          break;
        case `children`:
          if (typeof r == `string`) gn(e, r);
          else if (typeof r == `number` || typeof r == `bigint`) gn(e, `` + r);
          else return;
          break;
        case `onScroll`:
          r != null && Q(`scroll`, e);
          return;
        case `onScrollEnd`:
          r != null && Q(`scrollend`, e);
          return;
        case `onClick`:
          r != null && (e.onclick = wn);
          return;
        case `suppressContentEditableWarning`:
        case `suppressHydrationWarning`:
        case `innerHTML`:
        case `ref`:
          return;
        case `innerText`:
        case `textContent`:
          return;
        default:
          if (!qt.hasOwnProperty(n))
            a: {
              if (
                n[0] === `o` &&
                n[1] === `n` &&
                ((i = n.endsWith(`Capture`)),
                (a = n.slice(2, i ? n.length - 7 : void 0)),
                (t = e[jt] || null),
                (t = t == null ? null : t[n]),
                typeof t == `function` && e.removeEventListener(a, t, i),
                typeof r == `function`)
              ) {
                (typeof t != `function` &&
                  t !== null &&
                  (n in e ? (e[n] = null) : e.hasAttribute(n) && e.removeAttribute(n)),
                  e.addEventListener(a, r, i));
                break a;
              }
              ((N = !0), n in e ? (e[n] = r) : !0 === r ? e.setAttribute(n, ``) : $t(e, n, r));
            }
          return;
      }
      N = !0;
    }
    function np(e, t, n) {
      switch (t) {
        case `div`:
        case `span`:
        case `svg`:
        case `path`:
        case `a`:
        case `g`:
        case `p`:
        case `li`:
          break;
        case `img`:
          (Q(`error`, e), Q(`load`, e));
          var r = !1,
            i = !1,
            a;
          for (a in n)
            if (n.hasOwnProperty(a)) {
              var o = n[a];
              if (o != null)
                switch (a) {
                  case `src`:
                    r = !0;
                    break;
                  case `srcSet`:
                    i = !0;
                    break;
                  case `children`:
                  case `dangerouslySetInnerHTML`:
                    throw Error(s(137, t));
                  default:
                    $(e, t, a, o, n, null);
                }
            }
          (i && $(e, t, `srcSet`, n.srcSet, n, null), r && $(e, t, `src`, n.src, n, null));
          return;
        case `input`:
          Q(`invalid`, e);
          var c = (a = o = i = null),
            l = null,
            u = null;
          for (r in n)
            if (n.hasOwnProperty(r)) {
              var d = n[r];
              if (d != null)
                switch (r) {
                  case `name`:
                    i = d;
                    break;
                  case `type`:
                    o = d;
                    break;
                  case `checked`:
                    l = d;
                    break;
                  case `defaultChecked`:
                    u = d;
                    break;
                  case `value`:
                    a = d;
                    break;
                  case `defaultValue`:
                    c = d;
                    break;
                  case `children`:
                  case `dangerouslySetInnerHTML`:
                    if (d != null) throw Error(s(137, t));
                    break;
                  default:
                    $(e, t, r, d, n, null);
                }
            }
          dn(e, a, c, l, u, o, i, !1);
          return;
        case `select`:
          for (i in (Q(`invalid`, e), (r = o = a = null), n))
            if (n.hasOwnProperty(i) && ((c = n[i]), c != null))
              switch (i) {
                case `value`:
                  a = c;
                  break;
                case `defaultValue`:
                  o = c;
                  break;
                case `multiple`:
                  r = c;
                default:
                  $(e, t, i, c, n, null);
              }
          ((t = a), (n = o), (e.multiple = !!r), t == null ? n != null && pn(e, !!r, n, !0) : pn(e, !!r, t, !1));
          return;
        case `textarea`:
          for (o in (Q(`invalid`, e), (a = i = r = null), n))
            if (n.hasOwnProperty(o) && ((c = n[o]), c != null))
              switch (o) {
                case `value`:
                  r = c;
                  break;
                case `defaultValue`:
                  i = c;
                  break;
                case `children`:
                  a = c;
                  break;
                case `dangerouslySetInnerHTML`:
                  if (c != null) throw Error(s(91));
                  break;
                default:
                  $(e, t, o, c, n, null);
              }
          hn(e, r, i, a);
          return;
        case `option`:
          for (l in n)
            if (n.hasOwnProperty(l) && ((r = n[l]), r != null))
              switch (l) {
                case `selected`:
                  e.selected = r && typeof r != `function` && typeof r != `symbol`;
                  break;
                default:
                  $(e, t, l, r, n, null);
              }
          return;
        case `dialog`:
          (Q(`beforetoggle`, e), Q(`toggle`, e), Q(`cancel`, e), Q(`close`, e));
          break;
        case `iframe`:
        case `object`:
          Q(`load`, e);
          break;
        case `video`:
        case `audio`:
          for (r = 0; r < zf.length; r++) Q(zf[r], e);
          break;
        case `image`:
          (Q(`error`, e), Q(`load`, e));
          break;
        case `details`:
          Q(`toggle`, e);
          break;
        case `embed`:
        case `source`:
        case `link`:
          (Q(`error`, e), Q(`load`, e));
        case `area`:
        case `base`:
        case `br`:
        case `col`:
        case `hr`:
        case `keygen`:
        case `meta`:
        case `param`:
        case `track`:
        case `wbr`:
        case `menuitem`:
          for (u in n)
            if (n.hasOwnProperty(u) && ((r = n[u]), r != null))
              switch (u) {
                case `children`:
                case `dangerouslySetInnerHTML`:
                  throw Error(s(137, t));
                default:
                  $(e, t, u, r, n, null);
              }
          return;
        default:
          if (bn(t)) {
            for (d in n) n.hasOwnProperty(d) && ((r = n[d]), r !== void 0 && tp(e, t, d, r, n, void 0));
            return;
          }
      }
      for (c in n) n.hasOwnProperty(c) && ((r = n[c]), r != null && $(e, t, c, r, n, null));
    }
    var rp = {};
    function ip(e, t, n, r) {
      switch (t) {
        case `div`:
        case `span`:
        case `svg`:
        case `path`:
        case `a`:
        case `g`:
        case `p`:
        case `li`:
          break;
        case `input`:
          var i = null,
            a = null,
            o = null,
            c = null,
            l = null,
            u = null,
            d = null;
          for (m in n) {
            var f = n[m];
            if (n.hasOwnProperty(m) && f != null)
              switch (m) {
                case `checked`:
                  break;
                case `value`:
                  break;
                case `defaultValue`:
                  l = f;
                default:
                  r.hasOwnProperty(m) || $(e, t, m, null, r, f);
              }
          }
          for (var p in r) {
            var m = r[p];
            if (((f = n[p]), r.hasOwnProperty(p) && (m != null || f != null)))
              switch (p) {
                case `type`:
                  (m !== f && (N = !0), (a = m));
                  break;
                case `name`:
                  (m !== f && (N = !0), (i = m));
                  break;
                case `checked`:
                  (m !== f && (N = !0), (u = m));
                  break;
                case `defaultChecked`:
                  (m !== f && (N = !0), (d = m));
                  break;
                case `value`:
                  (m !== f && (N = !0), (o = m));
                  break;
                case `defaultValue`:
                  (m !== f && (N = !0), (c = m));
                  break;
                case `children`:
                case `dangerouslySetInnerHTML`:
                  if (m != null) throw Error(s(137, t));
                  break;
                default:
                  m !== f && $(e, t, p, m, r, f);
              }
          }
          un(e, o, c, l, u, d, a, i);
          return;
        case `select`:
          for (a in ((m = o = c = p = null), n))
            if (((l = n[a]), n.hasOwnProperty(a) && l != null))
              switch (a) {
                case `value`:
                  break;
                case `multiple`:
                  m = l;
                default:
                  r.hasOwnProperty(a) || $(e, t, a, null, r, l);
              }
          for (i in r)
            if (((a = r[i]), (l = n[i]), r.hasOwnProperty(i) && (a != null || l != null)))
              switch (i) {
                case `value`:
                  (a !== l && (N = !0), (p = a));
                  break;
                case `defaultValue`:
                  (a !== l && (N = !0), (c = a));
                  break;
                case `multiple`:
                  (a !== l && (N = !0), (o = a));
                default:
                  a !== l && $(e, t, i, a, r, l);
              }
          ((t = c),
            (n = o),
            (r = m),
            p == null
              ? !!r != !!n && (t == null ? pn(e, !!n, n ? [] : ``, !1) : pn(e, !!n, t, !0))
              : pn(e, !!n, p, !1));
          return;
        case `textarea`:
          for (c in ((m = p = null), n))
            if (((i = n[c]), n.hasOwnProperty(c) && i != null && !r.hasOwnProperty(c)))
              switch (c) {
                case `value`:
                  break;
                case `children`:
                  break;
                default:
                  $(e, t, c, null, r, i);
              }
          for (o in r)
            if (((i = r[o]), (a = n[o]), r.hasOwnProperty(o) && (i != null || a != null)))
              switch (o) {
                case `value`:
                  (i !== a && (N = !0), (p = i));
                  break;
                case `defaultValue`:
                  (i !== a && (N = !0), (m = i));
                  break;
                case `children`:
                  break;
                case `dangerouslySetInnerHTML`:
                  if (i != null) throw Error(s(91));
                  break;
                default:
                  i !== a && $(e, t, o, i, r, a);
              }
          mn(e, p, m);
          return;
        case `option`:
          for (var h in n)
            if (((p = n[h]), n.hasOwnProperty(h) && p != null && !r.hasOwnProperty(h)))
              switch (h) {
                case `selected`:
                  e.selected = !1;
                  break;
                default:
                  $(e, t, h, null, r, p);
              }
          for (l in r)
            if (((p = r[l]), (m = n[l]), r.hasOwnProperty(l) && p !== m && (p != null || m != null)))
              switch (l) {
                case `selected`:
                  (p !== m && (N = !0), (e.selected = p && typeof p != `function` && typeof p != `symbol`));
                  break;
                default:
                  $(e, t, l, p, r, m);
              }
          return;
        case `img`:
        case `link`:
        case `area`:
        case `base`:
        case `br`:
        case `col`:
        case `embed`:
        case `hr`:
        case `keygen`:
        case `meta`:
        case `param`:
        case `source`:
        case `track`:
        case `wbr`:
        case `menuitem`:
          for (var g in n)
            ((p = n[g]), n.hasOwnProperty(g) && p != null && !r.hasOwnProperty(g) && $(e, t, g, null, r, p));
          for (u in r)
            if (((p = r[u]), (m = n[u]), r.hasOwnProperty(u) && p !== m && (p != null || m != null)))
              switch (u) {
                case `children`:
                case `dangerouslySetInnerHTML`:
                  if (p != null) throw Error(s(137, t));
                  break;
                default:
                  $(e, t, u, p, r, m);
              }
          return;
        default:
          if (bn(t)) {
            for (var _ in n)
              ((p = n[_]), n.hasOwnProperty(_) && p !== void 0 && !r.hasOwnProperty(_) && tp(e, t, _, void 0, r, p));
            for (d in r)
              ((p = r[d]),
                (m = n[d]),
                !r.hasOwnProperty(d) || p === m || (p === void 0 && m === void 0) || tp(e, t, d, p, r, m));
            return;
          }
      }
      for (var v in n) ((p = n[v]), n.hasOwnProperty(v) && p != null && !r.hasOwnProperty(v) && $(e, t, v, null, r, p));
      for (f in r)
        ((p = r[f]), (m = n[f]), !r.hasOwnProperty(f) || p === m || (p == null && m == null) || $(e, t, f, p, r, m));
    }
    function ap(e) {
      switch (e) {
        case `css`:
        case `script`:
        case `font`:
        case `img`:
        case `image`:
        case `input`:
        case `link`:
          return !0;
        default:
          return !1;
      }
    }
    function op() {
      if (typeof performance.getEntriesByType == `function`) {
        for (var e = 0, t = 0, n = performance.getEntriesByType(`resource`), r = 0; r < n.length; r++) {
          var i = n[r],
            a = i.transferSize,
            o = i.initiatorType,
            s = i.duration;
          if (a && s && ap(o)) {
            for (o = 0, s = i.responseEnd, r += 1; r < n.length; r++) {
              var c = n[r],
                l = c.startTime;
              if (l > s) break;
              var u = c.transferSize,
                d = c.initiatorType;
              u && ap(d) && ((c = c.responseEnd), (o += u * (c < s ? 1 : (s - l) / (c - l))));
            }
            if ((--r, (t += (8 * (a + o)) / (i.duration / 1e3)), e++, 10 < e)) break;
          }
        }
        if (0 < e) return t / e / 1e6;
      }
      return navigator.connection && ((e = navigator.connection.downlink), typeof e == `number`) ? e : 5;
    }
    var sp = null,
      cp = null;
    function lp(e) {
      return e.nodeType === 9 ? e : e.ownerDocument;
    }
    function up(e) {
      switch (e) {
        case `http://www.w3.org/2000/svg`:
          return 1;
        case `http://www.w3.org/1998/Math/MathML`:
          return 2;
        default:
          return 0;
      }
    }
    function dp(e, t) {
      if (e === 0)
        switch (t) {
          case `svg`:
            return 1;
          case `math`:
            return 2;
          default:
            return 0;
        }
      return e === 1 && t === `foreignObject` ? 0 : e;
    }
    function fp(e, t, n, r) {
      return ((n = lp(n).createElement(e)), (n[A] = r), (n[jt] = t), np(n, e, t), Wt(n), n);
    }
    function pp(e, t) {
      return (
        e === `textarea` ||
        e === `noscript` ||
        typeof t.children == `string` ||
        typeof t.children == `number` ||
        typeof t.children == `bigint` ||
        (typeof t.dangerouslySetInnerHTML == `object` &&
          t.dangerouslySetInnerHTML !== null &&
          t.dangerouslySetInnerHTML.__html != null)
      );
    }
    var mp = null;
    function hp() {
      var e = window.event;
      return e && e.type === `popstate` ? e !== mp && ((mp = e), !0) : ((mp = null), !1);
    }
    var gp = typeof setTimeout == `function` ? setTimeout : void 0,
      _p = typeof clearTimeout == `function` ? clearTimeout : void 0,
      vp = typeof Promise == `function` ? Promise : void 0,
      yp = typeof requestAnimationFrame == `function` ? requestAnimationFrame : gp,
      bp =
        typeof queueMicrotask == `function`
          ? queueMicrotask
          : vp === void 0
            ? gp
            : function (e) {
                return vp.resolve(null).then(e).catch(xp);
              };
    function xp(e) {
      setTimeout(function () {
        throw e;
      });
    }
    function Sp(e) {
      return e === `head`;
    }
    function Cp(e, t) {
      var n = t,
        r = 0;
      do {
        var i = n.nextSibling;
        if ((e.removeChild(n), i && i.nodeType === 8)) {
          if (((n = i.data), n === `/$` || n === `/&`)) {
            if (r === 0) {
              (e.removeChild(i), Hh(t));
              return;
            }
            r--;
          } else if (n === `$` || n === `$?` || n === `$~` || n === `$!` || n === `&`) r++;
          else if (n === `html`) _m(e.ownerDocument.documentElement);
          else if (n === `head`) {
            ((n = e.ownerDocument.head), _m(n));
            for (var a = n.firstChild; a;) {
              var o = a.nextSibling,
                s = a.nodeName;
              (a[Lt] ||
                s === `SCRIPT` ||
                s === `STYLE` ||
                (s === `LINK` && a.rel.toLowerCase() === `stylesheet`) ||
                n.removeChild(a),
                (a = o));
            }
          } else n === `body` && _m(e.ownerDocument.body);
        }
        n = i;
      } while (n);
      Hh(t);
    }
    function wp(e, t) {
      var n = e;
      e = 0;
      do {
        var r = n.nextSibling;
        if (
          (n.nodeType === 1
            ? t
              ? ((n._stashedDisplay = n.style.display), (n.style.display = `none`))
              : ((n.style.display = n._stashedDisplay || ``),
                n.getAttribute(`style`) === `` && n.removeAttribute(`style`))
            : n.nodeType === 3 &&
              (t ? ((n._stashedText = n.nodeValue), (n.nodeValue = ``)) : (n.nodeValue = n._stashedText || ``)),
          r && r.nodeType === 8)
        ) {
          if (((n = r.data), n === `/$`)) {
            if (e === 0) break;
            e--;
          } else (n !== `$` && n !== `$?` && n !== `$~` && n !== `$!`) || e++;
        }
        n = r;
      } while (n);
    }
    function Tp(e, t, n) {
      if (
        ((t = CSS.escape(t) === t ? t : `r-` + btoa(t).replace(/=/g, ``)),
        (e.style.viewTransitionName = t),
        n != null && (e.style.viewTransitionClass = n),
        (n = getComputedStyle(e)),
        n.display === `inline`)
      ) {
        if (((t = e.getClientRects()), t.length === 1)) var r = 1;
        else
          for (var i = (r = 0); i < t.length; i++) {
            var a = t[i];
            0 < a.width && 0 < a.height && r++;
          }
        r === 1 &&
          ((e = e.style),
          (e.display = t.length === 1 ? `inline-block` : `block`),
          (e.marginTop = `-` + n.paddingTop),
          (e.marginBottom = `-` + n.paddingBottom));
      }
    }
    function Ep(e, t) {
      ((e = e.style), (t = t.style));
      var n =
        t == null
          ? null
          : t.hasOwnProperty(`viewTransitionName`)
            ? t.viewTransitionName
            : t.hasOwnProperty(`view-transition-name`)
              ? t[`view-transition-name`]
              : null;
      ((e.viewTransitionName = n == null || typeof n == `boolean` ? `` : (`` + n).trim()),
        (n =
          t == null
            ? null
            : t.hasOwnProperty(`viewTransitionClass`)
              ? t.viewTransitionClass
              : t.hasOwnProperty(`view-transition-class`)
                ? t[`view-transition-class`]
                : null),
        (e.viewTransitionClass = n == null || typeof n == `boolean` ? `` : (`` + n).trim()),
        e.display === `inline-block` &&
          (t == null
            ? (e.display = e.margin = ``)
            : ((n = t.display),
              (e.display = n == null || typeof n == `boolean` ? `` : n),
              (n = t.margin),
              n == null
                ? ((n = t.hasOwnProperty(`marginTop`) ? t.marginTop : t[`margin-top`]),
                  (e.marginTop = n == null || typeof n == `boolean` ? `` : n),
                  (t = t.hasOwnProperty(`marginBottom`) ? t.marginBottom : t[`margin-bottom`]),
                  (e.marginBottom = t == null || typeof t == `boolean` ? `` : t))
                : (e.margin = n))));
    }
    function Dp(e, t, n) {
      return (
        (n = n.ownerDocument.defaultView),
        {
          rect: e,
          abs: t.position === `absolute` || t.position === `fixed`,
          clip:
            t.clipPath !== `none` ||
            t.overflow !== `visible` ||
            t.filter !== `none` ||
            t.mask !== `none` ||
            t.mask !== `none` ||
            t.borderRadius !== `0px`,
          view: 0 <= e.bottom && 0 <= e.right && e.top <= n.innerHeight && e.left <= n.innerWidth,
        }
      );
    }
    function Op(e) {
      return Dp(e.getBoundingClientRect(), getComputedStyle(e), e);
    }
    function kp(e) {
      var t = e.getBoundingClientRect();
      t = new DOMRect(t.x + 2e4, t.y + 2e4, t.width, t.height);
      var n = getComputedStyle(e);
      return Dp(t, n, e);
    }
    function Ap(e) {
      return e.documentElement.clientHeight;
    }
    function jp(e) {
      (this.addEventListener(`load`, e), this.addEventListener(`error`, e));
    }
    function Mp(e, t, n, r, i, a, o, s, c) {
      var l = t.nodeType === 9 ? t : t.ownerDocument;
      try {
        var u = l.startViewTransition({
          update: function () {
            var t = l.defaultView,
              n = t.navigation && t.navigation.transition,
              o = l.fonts.status;
            r();
            var s = [];
            if (
              (o === `loaded` && (Ap(l), l.fonts.status === `loading` && s.push(l.fonts.ready)),
              (o = s.length),
              e !== null)
            )
              for (var c = e.suspenseyImages, u = 0, d = 0; d < c.length; d++) {
                var f = c[d];
                if (!f.complete) {
                  var p = f.getBoundingClientRect();
                  if (0 < p.bottom && 0 < p.right && p.top < t.innerHeight && p.left < t.innerWidth) {
                    if (((u += Xm(f)), u > $m)) {
                      s.length = o;
                      break;
                    }
                    ((f = new Promise(jp.bind(f))), s.push(f));
                  }
                }
              }
            if (0 < s.length)
              return (
                (t = Promise.race([
                  Promise.all(s),
                  new Promise(function (e) {
                    return setTimeout(e, 500);
                  }),
                ]).then(i, i)),
                (n ? Promise.allSettled([n.finished, t]) : t).then(a, a)
              );
            if ((i(), n)) return n.finished.then(a, a);
            a();
          },
          types: n,
        });
        l.__reactViewTransition = u;
        var d = [];
        return (
          u.ready.then(
            function () {
              for (var e = l.documentElement.getAnimations({ subtree: !0 }), t = 0; t < e.length; t++) {
                var n = e[t],
                  r = n.effect,
                  i = r.pseudoElement;
                if (i != null && i.startsWith(`::view-transition`)) {
                  (d.push(n), (n = r.getKeyframes()));
                  for (var a = (i = void 0), s = !0, c = 0; c < n.length; c++) {
                    var u = n[c],
                      f = u.width;
                    if (i === void 0) i = f;
                    else if (i !== f) {
                      s = !1;
                      break;
                    }
                    if (((f = u.height), a === void 0)) a = f;
                    else if (a !== f) {
                      s = !1;
                      break;
                    }
                    (delete u.width, delete u.height, u.transform === `none` && delete u.transform);
                  }
                  s &&
                    i !== void 0 &&
                    a !== void 0 &&
                    (r.setKeyframes(n),
                    (s = getComputedStyle(r.target, r.pseudoElement)),
                    s.width !== i || s.height !== a) &&
                    ((s = n[0]),
                    (s.width = i),
                    (s.height = a),
                    (s = n[n.length - 1]),
                    (s.width = i),
                    (s.height = a),
                    r.setKeyframes(n));
                }
              }
              o();
            },
            function (e) {
              l.__reactViewTransition === u && (l.__reactViewTransition = null);
              try {
                if (typeof e == `object` && e)
                  switch (e.name) {
                    case `InvalidStateError`:
                      (e.message === `View transition was skipped because document visibility state is hidden.` ||
                        e.message === `Skipping view transition because document visibility state has become hidden.` ||
                        e.message === `Skipping view transition because viewport size changed.` ||
                        e.message === `Transition was aborted because of invalid state`) &&
                        (e = null);
                  }
                e !== null && c(e);
              } finally {
                (r(), i(), o());
              }
            },
          ),
          u.finished.finally(function () {
            for (var e = 0; e < d.length; e++) d[e].cancel();
            (l.__reactViewTransition === u && (l.__reactViewTransition = null), s());
          }),
          u
        );
      } catch {
        return (r(), i(), o(), null);
      }
    }
    function Np(e, t) {
      ((this._scope = document.documentElement), (this._selector = `::view-transition-` + e + `(` + t + `)`));
    }
    ((Np.prototype.animate = function (e, t) {
      return (
        (t = typeof t == `number` ? { duration: t } : E({}, t)),
        (t.pseudoElement = this._selector),
        this._scope.animate(e, t)
      );
    }),
      (Np.prototype.getAnimations = function () {
        for (
          var e = this._scope, t = this._selector, n = e.getAnimations({ subtree: !0 }), r = [], i = 0;
          i < n.length;
          i++
        ) {
          var a = n[i].effect;
          a !== null && a.target === e && a.pseudoElement === t && r.push(n[i]);
        }
        return r;
      }),
      (Np.prototype.getComputedStyle = function () {
        return getComputedStyle(this._scope, this._selector);
      }));
    function Pp(e) {
      return {
        name: e,
        group: new Np(`group`, e),
        imagePair: new Np(`image-pair`, e),
        old: new Np(`old`, e),
        new: new Np(`new`, e),
      };
    }
    function Fp(e) {
      ((this._fragmentFiber = e), (this._observers = this._eventListeners = null));
    }
    Fp.prototype.addEventListener = function (e, t, n) {
      var r = null,
        i = null;
      if (!(n != null && typeof n != `boolean` && ((r = n.signal || null), r !== null && r.aborted))) {
        this._eventListeners === null && (this._eventListeners = []);
        var a = this._eventListeners;
        if (Bp(a, e, t, n) === -1) {
          var o = this,
            s = t;
          (n != null &&
            typeof n != `boolean` &&
            !0 === n.once &&
            (s = function (r) {
              (o.removeEventListener(e, t, n), typeof t == `function` ? t.call(this, r) : t.handleEvent(r));
            }),
            r !== null &&
              ((i = o.removeEventListener.bind(o, e, t, n)),
              r.addEventListener(`abort`, i, { once: !0 }),
              (i = r.removeEventListener.bind(r, `abort`, i))),
            (r = Rp(n)),
            a.push({ type: e, listener: t, optionsOrUseCapture: n, attachedListener: s, cleanup: i }),
            h(this._fragmentFiber.child, !1, Ip, e, s, r));
        }
        this._eventListeners = a;
      }
    };
    function Ip(e, t, n, r) {
      return (b(e).addEventListener(t, n, r), !1);
    }
    Fp.prototype.removeEventListener = function (e, t, n) {
      var r = this._eventListeners;
      if (r !== null && ((t = Bp(r, e, t, n)), t !== -1)) {
        var i = r[t];
        n = i.attachedListener;
        var a = i.cleanup;
        ((i = Rp(i.optionsOrUseCapture)),
          h(this._fragmentFiber.child, !1, Lp, e, n, i),
          r.splice(t, 1),
          a !== null && a());
      }
    };
    function Lp(e, t, n, r) {
      return (b(e).removeEventListener(t, n, r), !1);
    }
    function Rp(e) {
      return e != null && typeof e != `boolean` && (!0 === e.once || e.signal instanceof AbortSignal)
        ? { capture: e.capture, passive: e.passive }
        : e;
    }
    function zp(e) {
      return e == null ? `c=0` : typeof e == `boolean` ? `c=` + (e ? `1` : `0`) : `c=` + (e.capture ? `1` : `0`);
    }
    function Bp(e, t, n, r) {
      if (e.length === 0) return -1;
      r = zp(r);
      for (var i = 0; i < e.length; i++) {
        var a = e[i];
        if (a.type === t && a.listener === n && zp(a.optionsOrUseCapture) === r) return i;
      }
      return -1;
    }
    ((Fp.prototype.dispatchEvent = function (e) {
      var t = g(this._fragmentFiber);
      if (t === null) return !0;
      t = b(t);
      var n = this._eventListeners;
      if ((n !== null && 0 < n.length) || !e.bubbles) {
        var r = t.nodeType === 9 ? t.createComment(``) : document.createTextNode(``);
        if (n)
          for (var i = 0; i < n.length; i++) {
            var a = n[i];
            r.addEventListener(a.type, a.attachedListener, Rp(a.optionsOrUseCapture));
          }
        if ((t.appendChild(r), (e = r.dispatchEvent(e)), n))
          for (i = 0; i < n.length; i++)
            ((a = n[i]), r.removeEventListener(a.type, a.attachedListener, Rp(a.optionsOrUseCapture)));
        return (t.removeChild(r), e);
      }
      return t.dispatchEvent(e);
    }),
      (Fp.prototype.focus = function (e) {
        h(this._fragmentFiber.child, !0, Vp, e, void 0, void 0);
      }));
    function Vp(e, t) {
      return e.tag !== 6 && ((e = b(e)), pm(e, t));
    }
    Fp.prototype.focusLast = function (e) {
      var t = [];
      h(this._fragmentFiber.child, !0, Hp, t, void 0, void 0);
      for (var n = t.length - 1; 0 <= n && !Vp(t[n], e); n--);
    };
    function Hp(e, t) {
      return (t.push(e), !1);
    }
    Fp.prototype.blur = function () {
      var e = g(this._fragmentFiber);
      e !== null &&
        ((e = b(e)), (e = lp(e).activeElement), e !== null && h(this._fragmentFiber.child, !1, Up, e, void 0, void 0));
    };
    function Up(e, t) {
      return e.tag !== 6 && ((e = b(e)), e === t || e.contains(t) ? (t.blur(), !0) : !1);
    }
    Fp.prototype.observeUsing = function (e) {
      (this._observers === null && (this._observers = new Set()),
        this._observers.add(e),
        h(this._fragmentFiber.child, !1, Wp, e, void 0, void 0));
    };
    function Wp(e, t) {
      return (e.tag === 6 || ((e = b(e)), t.observe(e)), !1);
    }
    Fp.prototype.unobserveUsing = function (e) {
      var t = this._observers;
      if (t !== null && t.has(e)) {
        (t.delete(e), h(this._fragmentFiber.child, !1, Gp, e, void 0, void 0));
        for (var n = (t = 0); n < Kp.length; n++) {
          var r = Kp[n];
          r.fragmentInstance === this && r.observer === e ? e.unobserve(r.instance) : (Kp[t++] = r);
        }
        Kp.length = t;
      }
    };
    function Gp(e, t) {
      return (e.tag === 6 || ((e = b(e)), t.unobserve(e)), !1);
    }
    var Kp = [],
      qp = !1;
    function Jp(e, t, n) {
      (Kp.push({ fragmentInstance: e, observer: t, instance: n }),
        qp ||
          ((qp = !0),
          mm(function () {
            qp = !1;
            var e = Kp;
            Kp = [];
            for (var t = 0; t < e.length; t++) {
              var n = e[t];
              n.observer.unobserve(n.instance);
            }
          })));
    }
    Fp.prototype.getClientRects = function () {
      var e = [];
      return (h(this._fragmentFiber.child, !1, Yp, e, void 0, void 0), e);
    };
    function Yp(e, t) {
      if (e.tag === 6) {
        e = e.stateNode;
        var n = e.ownerDocument.createRange();
        (n.selectNodeContents(e), t.push.apply(t, n.getClientRects()));
      } else ((e = b(e)), t.push.apply(t, e.getClientRects()));
      return !1;
    }
    ((Fp.prototype.getRootNode = function (e) {
      var t = g(this._fragmentFiber);
      return t === null ? this : b(t).getRootNode(e);
    }),
      (Fp.prototype.compareDocumentPosition = function (e) {
        var t = g(this._fragmentFiber);
        if (t === null) return Node.DOCUMENT_POSITION_DISCONNECTED;
        var n = [];
        h(this._fragmentFiber.child, !1, Hp, n, void 0, void 0);
        var r = b(t);
        if (n.length === 0) {
          if (((n = r), _(this._fragmentFiber))) {
            a: {
              for (t = this._fragmentFiber.return; t !== null;) {
                if (t.tag === 4) {
                  t = t.stateNode.containerInfo;
                  break a;
                }
                if (t.tag === 3 || t.tag === 5 || t.tag === 27) break;
                t = t.return;
              }
              t = null;
            }
            t != null && (n = t);
          }
          t = this._fragmentFiber;
          var i = (r = n.compareDocumentPosition(e));
          return (
            n === e
              ? (i = Node.DOCUMENT_POSITION_CONTAINS)
              : r & Node.DOCUMENT_POSITION_CONTAINED_BY &&
                ((n = v(t)[1]),
                n === null
                  ? (i = Node.DOCUMENT_POSITION_PRECEDING)
                  : ((e = b(n).compareDocumentPosition(e)),
                    (i =
                      e === 0 || e & Node.DOCUMENT_POSITION_FOLLOWING
                        ? Node.DOCUMENT_POSITION_FOLLOWING
                        : Node.DOCUMENT_POSITION_PRECEDING))),
            (i |= Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC)
          );
        }
        ((t = b(n[0])), (i = b(n[n.length - 1])));
        var a = _(this._fragmentFiber) ? t.parentElement : r;
        if (a == null) return Node.DOCUMENT_POSITION_DISCONNECTED;
        ((r = a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_CONTAINED_BY),
          (a = a.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_CONTAINED_BY));
        var o = t.compareDocumentPosition(e),
          s = i.compareDocumentPosition(e),
          c = o & Node.DOCUMENT_POSITION_CONTAINED_BY || s & Node.DOCUMENT_POSITION_CONTAINED_BY;
        return (
          (s = r && a && o & Node.DOCUMENT_POSITION_FOLLOWING && s & Node.DOCUMENT_POSITION_PRECEDING),
          (t =
            (r && t === e) || (a && i === e) || c || s
              ? Node.DOCUMENT_POSITION_CONTAINED_BY
              : (!r && t === e) || (!a && i === e)
                ? Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
                : o),
          t & Node.DOCUMENT_POSITION_DISCONNECTED ||
          t & Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC ||
          Xp(t, this._fragmentFiber, n[0], n[n.length - 1], e)
            ? t
            : Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
        );
      }));
    function Xp(e, t, n, r, i) {
      var a = Bt(i);
      if (e & Node.DOCUMENT_POSITION_CONTAINED_BY) {
        if ((n = !!a))
          a: {
            for (; a !== null;) {
              if (a.tag === 7 && (a === t || a.alternate === t)) {
                n = !0;
                break a;
              }
              a = a.return;
            }
            n = !1;
          }
        return n;
      }
      if (e & Node.DOCUMENT_POSITION_CONTAINS) {
        if (a === null) return ((a = i.ownerDocument), i === a || i === a.documentElement || i === a.body);
        a: {
          for (a = t, t = g(t); a !== null;) {
            if (!((a.tag !== 5 && a.tag !== 3 && a.tag !== 27) || (a !== t && a.alternate !== t))) {
              a = !0;
              break a;
            }
            a = a.return;
          }
          a = !1;
        }
        return a;
      }
      return e & Node.DOCUMENT_POSITION_PRECEDING
        ? ((t = !!a) &&
            !(t = a === n) &&
            ((t = T(n, a, w)), t === null ? (t = !1) : (h(t, !0, ee, a, n), (a = x), (x = null), (t = a !== null))),
          t)
        : e & Node.DOCUMENT_POSITION_FOLLOWING
          ? ((t = !!a) &&
              !(t = a === r) &&
              ((t = T(r, a, w)),
              t === null ? (t = !1) : (h(t, !0, C, a, r), (a = x), (S = x = null), (t = a !== null))),
            t)
          : !1;
    }
    function Zp(e, t) {
      var n = e.ownerDocument.createRange();
      (n.selectNodeContents(e),
        (e = n.getBoundingClientRect()),
        window.scrollTo(
          window.scrollX + e.left,
          t ? window.scrollY + e.top : window.scrollY + e.bottom - window.innerHeight,
        ));
    }
    Fp.prototype.scrollIntoView = function (e) {
      if (typeof e == `object`) throw Error(s(566));
      var t = [];
      h(this._fragmentFiber.child, !1, Hp, t, void 0, void 0);
      var n = !1 !== e;
      if (t.length === 0) {
        var r = v(this._fragmentFiber);
        if (((r = n ? r[1] || r[0] || g(this._fragmentFiber) : r[0] || r[1]), r === null)) return;
        if (r.tag === 6) {
          ((e = b(r)), Zp(e, n));
          return;
        }
        if (((r = b(r)), r.nodeType !== 9)) {
          if (r.nodeType === 11) {
            ((n = `host` in r ? r.host : null), n !== null && n.scrollIntoView(e));
            return;
          }
          r.scrollIntoView(e);
        }
      }
      for (r = n ? t.length - 1 : 0; r !== (n ? -1 : t.length);) {
        var i = t[r];
        (i.tag === 6 ? ((i = b(i)), Zp(i, n)) : b(i).scrollIntoView(e), (r += n ? -1 : 1));
      }
    };
    function Qp(e, t) {
      return ((e = b(e)), $p(e, t), !1);
    }
    function $p(e, t) {
      ((e.reactFragments ??= new Set()), e.reactFragments.add(t));
    }
    function em(e, t) {
      var n = t._eventListeners;
      if (n !== null)
        for (var r = 0; r < n.length; r++) {
          var i = n[r];
          e.addEventListener(i.type, i.attachedListener, Rp(i.optionsOrUseCapture));
        }
      e.nodeType !== 3 &&
        ((n = t._observers),
        n !== null &&
          n.forEach(function (n) {
            for (var r = 0, i = 0; i < Kp.length; i++) {
              var a = Kp[i];
              (a.fragmentInstance !== t || a.observer !== n || a.instance !== e) && (Kp[r++] = a);
            }
            ((Kp.length = r), n.observe(e));
          }),
        $p(e, t));
    }
    function tm(e, t) {
      var n = t._eventListeners;
      if (n !== null)
        for (var r = 0; r < n.length; r++) {
          var i = n[r];
          e.removeEventListener(i.type, i.attachedListener, Rp(i.optionsOrUseCapture));
        }
      e.nodeType !== 3 &&
        ((n = t._observers),
        n !== null &&
          n.forEach(function (n) {
            typeof n.rootMargin == `string` ? Jp(t, n, e) : n.unobserve(e);
          }),
        e.reactFragments != null && e.reactFragments.delete(t));
    }
    function nm(e) {
      var t = e.firstChild;
      for (t && t.nodeType === 10 && (t = t.nextSibling); t;) {
        var n = t;
        switch (((t = t.nextSibling), n.nodeName)) {
          case `HTML`:
          case `HEAD`:
          case `BODY`:
            (nm(n), zt(n));
            continue;
          case `SCRIPT`:
          case `STYLE`:
            continue;
          case `LINK`:
            if (n.rel.toLowerCase() === `stylesheet`) continue;
        }
        e.removeChild(n);
      }
    }
    function rm(e, t, n, r) {
      for (; e.nodeType === 1;) {
        var i = n;
        if (e.nodeName.toLowerCase() !== t.toLowerCase()) {
          if (!r && (e.nodeName !== `INPUT` || e.type !== `hidden`)) break;
        } else if (!r) {
          if (t === `input` && e.type === `hidden`) {
            var a = i.name == null ? null : `` + i.name;
            if (i.type === `hidden` && e.getAttribute(`name`) === a) return e;
          } else return e;
        } else if (!e[Lt])
          switch (t) {
            case `meta`:
              if (!e.hasAttribute(`itemprop`)) break;
              return e;
            case `link`:
              if (
                ((a = e.getAttribute(`rel`)),
                (a === `stylesheet` && e.hasAttribute(`data-precedence`)) ||
                  a !== i.rel ||
                  e.getAttribute(`href`) !== (i.href == null || i.href === `` ? null : i.href) ||
                  e.getAttribute(`crossorigin`) !== (i.crossOrigin == null ? null : i.crossOrigin) ||
                  e.getAttribute(`title`) !== (i.title == null ? null : i.title))
              )
                break;
              return e;
            case `style`:
              if (e.hasAttribute(`data-precedence`)) break;
              return e;
            case `script`:
              if (
                ((a = e.getAttribute(`src`)),
                (a !== (i.src == null ? null : i.src) ||
                  e.getAttribute(`type`) !== (i.type == null ? null : i.type) ||
                  e.getAttribute(`crossorigin`) !== (i.crossOrigin == null ? null : i.crossOrigin)) &&
                  a &&
                  e.hasAttribute(`async`) &&
                  !e.hasAttribute(`itemprop`))
              )
                break;
              return e;
            default:
              return e;
          }
        if (((e = lm(e.nextSibling)), e === null)) break;
      }
      return null;
    }
    function im(e, t, n) {
      if (t === ``) return null;
      for (; e.nodeType !== 3;)
        if (
          ((e.nodeType !== 1 || e.nodeName !== `INPUT` || e.type !== `hidden`) && !n) ||
          ((e = lm(e.nextSibling)), e === null)
        )
          return null;
      return e;
    }
    function am(e, t) {
      for (; e.nodeType !== 8;)
        if (
          ((e.nodeType !== 1 || e.nodeName !== `INPUT` || e.type !== `hidden`) && !t) ||
          ((e = lm(e.nextSibling)), e === null)
        )
          return null;
      return e;
    }
    function om(e) {
      return e.data === `$?` || e.data === `$~`;
    }
    function sm(e) {
      return e.data === `$!` || (e.data === `$?` && e.ownerDocument.readyState !== `loading`);
    }
    function cm(e, t) {
      var n = e.ownerDocument;
      if (e.data === `$~`) e._reactRetry = t;
      else if (e.data !== `$?` || n.readyState !== `loading`) t();
      else {
        var r = function () {
          (t(), n.removeEventListener(`DOMContentLoaded`, r));
        };
        (n.addEventListener(`DOMContentLoaded`, r), (e._reactRetry = r));
      }
    }
    function lm(e) {
      for (; e != null; e = e.nextSibling) {
        var t = e.nodeType;
        if (t === 1 || t === 3) break;
        if (t === 8) {
          if (
            ((t = e.data), t === `$` || t === `$!` || t === `$?` || t === `$~` || t === `&` || t === `F!` || t === `F`)
          )
            break;
          if (t === `/$` || t === `/&`) return null;
        }
      }
      return e;
    }
    var um = null;
    function dm(e) {
      e = e.nextSibling;
      for (var t = 0; e;) {
        if (e.nodeType === 8) {
          var n = e.data;
          if (n === `/$` || n === `/&`) {
            if (t === 0) return lm(e.nextSibling);
            t--;
          } else (n !== `$` && n !== `$!` && n !== `$?` && n !== `$~` && n !== `&`) || t++;
        }
        e = e.nextSibling;
      }
      return null;
    }
    function fm(e) {
      e = e.previousSibling;
      for (var t = 0; e;) {
        if (e.nodeType === 8) {
          var n = e.data;
          if (n === `$` || n === `$!` || n === `$?` || n === `$~` || n === `&`) {
            if (t === 0) return e;
            t--;
          } else (n !== `/$` && n !== `/&`) || t++;
        }
        e = e.previousSibling;
      }
      return null;
    }
    function pm(e, t) {
      function n() {
        r = !0;
      }
      if (e.ownerDocument.activeElement === e) return !0;
      var r = !1;
      try {
        (e.ownerDocument.addEventListener(`focus`, n, !0), (e.focus || HTMLElement.prototype.focus).call(e, t));
      } finally {
        e.ownerDocument.removeEventListener(`focus`, n, !0);
      }
      return r;
    }
    function mm(e) {
      yp(function () {
        yp(function (t) {
          return e(t);
        });
      });
    }
    function hm(e, t, n) {
      switch (((t = lp(n)), e)) {
        case `html`:
          if (((e = t.documentElement), !e)) throw Error(s(452));
          return e;
        case `head`:
          if (((e = t.head), !e)) throw Error(s(453));
          return e;
        case `body`:
          if (((e = t.body), !e)) throw Error(s(454));
          return e;
        default:
          throw Error(s(451));
      }
    }
    function gm(e, t, n) {
      for (var r in n) {
        var i = n[r];
        n.hasOwnProperty(r) && i != null && $(e, t, r, null, rp, i);
      }
      (n.dangerouslySetInnerHTML != null && (e.textContent = ``), e.onclick === wn && (e.onclick = null), zt(e));
    }
    function _m(e) {
      for (var t = e.attributes; t.length;) e.removeAttributeNode(t[0]);
      zt(e);
    }
    var vm = new Map(),
      ym = new Set();
    function bm(e) {
      if (typeof e.getRootNode == `function`) {
        var t = e.getRootNode();
        if (t.nodeType === 9 || t.nodeType === 11) return t;
      }
      return e.nodeType === 9 ? e : e.ownerDocument;
    }
    var xm = O.d;
    O.d = { f: Sm, r: Cm, D: Em, C: Dm, L: Om, m: km, X: jm, S: Am, M: Mm };
    function Sm() {
      var e = xm.f(),
        t = zd();
      return e || t;
    }
    function Cm(e) {
      var t = Vt(e);
      t !== null && t.tag === 5 && t.type === `form` ? ac(t) : xm.r(e);
    }
    var wm = typeof document > `u` ? null : document;
    function Tm(e, t, n) {
      var r = wm;
      if (r && typeof t == `string` && t) {
        var i = ln(t);
        ((i = `link[rel="` + e + `"][href="` + i + `"]`),
          typeof n == `string` && (i += `[crossorigin="` + n + `"]`),
          ym.has(i) ||
            (ym.add(i),
            (e = { rel: e, crossOrigin: n, href: t }),
            r.querySelector(i) === null &&
              ((t = r.createElement(`link`)), np(t, `link`, e), Wt(t), r.head.appendChild(t))));
      }
    }
    function Em(e) {
      (xm.D(e), Tm(`dns-prefetch`, e, null));
    }
    function Dm(e, t) {
      (xm.C(e, t), Tm(`preconnect`, e, t));
    }
    function Om(e, t, n) {
      xm.L(e, t, n);
      var r = wm;
      if (r && e && t) {
        var i = `link[rel="preload"][as="` + ln(t) + `"]`;
        t === `image` && n && n.imageSrcSet
          ? ((i += `[imagesrcset="` + ln(n.imageSrcSet) + `"]`),
            typeof n.imageSizes == `string` && (i += `[imagesizes="` + ln(n.imageSizes) + `"]`))
          : (i += `[href="` + ln(e) + `"]`);
        var a = i;
        switch (t) {
          case `style`:
            a = Pm(e);
            break;
          case `script`:
            a = Rm(e);
        }
        if (!(
          vm.has(a) ||
          ((e = E({ rel: `preload`, href: t === `image` && n && n.imageSrcSet ? void 0 : e, as: t }, n)),
          vm.set(a, e),
          r.querySelector(i) !== null ||
            (t === `style` && r.querySelector(Fm(a))) ||
            (t === `script` && r.querySelector(zm(a))))
        )) {
          var o = r.createElement(`link`);
          (np(o, `link`, e),
            t === `style` &&
              ((o[Rt] = !0),
              (o.onload = o.onerror =
                function () {
                  Gt(o);
                })),
            Wt(o),
            r.head.appendChild(o));
        }
      }
    }
    function km(e, t) {
      xm.m(e, t);
      var n = wm;
      if (n && e) {
        var r = t && typeof t.as == `string` ? t.as : `script`,
          i = `link[rel="modulepreload"][as="` + ln(r) + `"][href="` + ln(e) + `"]`,
          a = i;
        switch (r) {
          case `audioworklet`:
          case `paintworklet`:
          case `serviceworker`:
          case `sharedworker`:
          case `worker`:
          case `script`:
            a = Rm(e);
        }
        if (!vm.has(a) && ((e = E({ rel: `modulepreload`, href: e }, t)), vm.set(a, e), n.querySelector(i) === null)) {
          switch (r) {
            case `audioworklet`:
            case `paintworklet`:
            case `serviceworker`:
            case `sharedworker`:
            case `worker`:
            case `script`:
              if (n.querySelector(zm(a))) return;
          }
          ((r = n.createElement(`link`)), np(r, `link`, e), Wt(r), n.head.appendChild(r));
        }
      }
    }
    function Am(e, t, n) {
      xm.S(e, t, n);
      var r = wm;
      if (r && e) {
        var i = Ut(r).hoistableStyles,
          a = Pm(e);
        t ||= `default`;
        var o = i.get(a);
        if (!o) {
          var s = { loading: 0, preload: null };
          if ((o = r.querySelector(Fm(a)))) s.loading = 5;
          else {
            ((e = E({ rel: `stylesheet`, href: e, "data-precedence": t }, n)), (n = vm.get(a)) && Hm(e, n));
            var c = (o = r.createElement(`link`));
            (Wt(c),
              np(c, `link`, e),
              (c._p = new Promise(function (e, t) {
                ((c.onload = e), (c.onerror = t));
              })),
              c.addEventListener(`load`, function () {
                s.loading |= 1;
              }),
              c.addEventListener(`error`, function () {
                s.loading |= 2;
              }),
              (s.loading |= 4),
              Vm(o, t, r));
          }
          ((o = { type: `stylesheet`, instance: o, count: 1, state: s }), i.set(a, o));
        }
      }
    }
    function jm(e, t) {
      xm.X(e, t);
      var n = wm;
      if (n && e) {
        var r = Ut(n).hoistableScripts,
          i = Rm(e),
          a = r.get(i);
        a ||
          ((a = n.querySelector(zm(i))),
          a ||
            ((e = E({ src: e, async: !0 }, t)),
            (t = vm.get(i)) && Um(e, t),
            (a = n.createElement(`script`)),
            Wt(a),
            np(a, `link`, e),
            n.head.appendChild(a)),
          (a = { type: `script`, instance: a, count: 1, state: null }),
          r.set(i, a));
      }
    }
    function Mm(e, t) {
      xm.M(e, t);
      var n = wm;
      if (n && e) {
        var r = Ut(n).hoistableScripts,
          i = Rm(e),
          a = r.get(i);
        a ||
          ((a = n.querySelector(zm(i))),
          a ||
            ((e = E({ src: e, async: !0, type: `module` }, t)),
            (t = vm.get(i)) && Um(e, t),
            (a = n.createElement(`script`)),
            Wt(a),
            np(a, `link`, e),
            n.head.appendChild(a)),
          (a = { type: `script`, instance: a, count: 1, state: null }),
          r.set(i, a));
      }
    }
    function Nm(e, t, n, r) {
      var i = (i = je.current) ? bm(i) : null;
      if (!i) throw Error(s(446));
      switch (e) {
        case `meta`:
        case `title`:
          return null;
        case `style`:
          return typeof n.precedence == `string` && typeof n.href == `string`
            ? ((n = Pm(n.href)),
              (t = Ut(i).hoistableStyles),
              (r = t.get(n)),
              r || ((r = { type: `style`, instance: null, count: 0, state: null }), t.set(n, r)),
              r)
            : { type: `void`, instance: null, count: 0, state: null };
        case `link`:
          if (n.rel === `stylesheet` && typeof n.href == `string` && typeof n.precedence == `string`) {
            e = Pm(n.href);
            var a = Ut(i).hoistableStyles,
              o = a.get(e);
            if (
              (o ||
                ((i = i.ownerDocument || i),
                (o = { type: `stylesheet`, instance: null, count: 0, state: { loading: 0, preload: null } }),
                a.set(e, o),
                (a = i.querySelector(Fm(e)))
                  ? a._p || ((o.instance = a), (o.state.loading = 5))
                  : ((a = vm.get(e)),
                    a ||
                      ((a = {
                        rel: `preload`,
                        as: `style`,
                        href: n.href,
                        crossOrigin: n.crossOrigin,
                        integrity: n.integrity,
                        media: n.media,
                        hrefLang: n.hrefLang,
                        referrerPolicy: n.referrerPolicy,
                      }),
                      vm.set(e, a)),
                    Lm(i, e, a, o.state))),
              t && r === null)
            )
              throw Error(s(528, ``));
            return o;
          }
          if (t && r !== null) throw Error(s(529, ``));
          return null;
        case `script`:
          return (
            (t = n.async),
            (n = n.src),
            typeof n == `string` && t && typeof t != `function` && typeof t != `symbol`
              ? ((n = Rm(n)),
                (t = Ut(i).hoistableScripts),
                (r = t.get(n)),
                r || ((r = { type: `script`, instance: null, count: 0, state: null }), t.set(n, r)),
                r)
              : { type: `void`, instance: null, count: 0, state: null }
          );
        default:
          throw Error(s(444, e));
      }
    }
    function Pm(e) {
      return `href="` + ln(e) + `"`;
    }
    function Fm(e) {
      return `link[rel="stylesheet"][` + e + `]`;
    }
    function Im(e) {
      return E({}, e, { "data-precedence": e.precedence, precedence: null });
    }
    function Lm(e, t, n, r) {
      if ((t = e.querySelector(`link[rel="preload"][as="style"][` + t + `]`))) {
        if (!0 !== t[Rt]) {
          r.loading = 1;
          return;
        }
      } else
        ((t = e.createElement(`link`)),
          (t[Rt] = !0),
          (t.onload = t.onerror = Gt.bind(null, t)),
          np(t, `link`, n),
          Wt(t),
          e.head.appendChild(t));
      ((r.preload = t),
        t.addEventListener(`load`, function () {
          return (r.loading |= 1);
        }),
        t.addEventListener(`error`, function () {
          return (r.loading |= 2);
        }));
    }
    function Rm(e) {
      return `[src="` + ln(e) + `"]`;
    }
    function zm(e) {
      return `script[async]` + e;
    }
    function Bm(e, t, n) {
      if ((t.count++, t.instance === null))
        switch (t.type) {
          case `style`:
            var r = e.querySelector(`style[data-href~="` + ln(n.href) + `"]`);
            if (r) return ((t.instance = r), Wt(r), r);
            var i = E({}, n, { "data-href": n.href, "data-precedence": n.precedence, href: null, precedence: null });
            return (
              (r = (e.ownerDocument || e).createElement(`style`)),
              Wt(r),
              np(r, `style`, i),
              Vm(r, n.precedence, e),
              (t.instance = r)
            );
          case `stylesheet`:
            i = Pm(n.href);
            var a = e.querySelector(Fm(i));
            if (a) return ((t.state.loading |= 4), (t.instance = a), Wt(a), a);
            ((r = Im(n)), (i = vm.get(i)) && Hm(r, i), (a = (e.ownerDocument || e).createElement(`link`)), Wt(a));
            var o = a;
            return (
              (o._p = new Promise(function (e, t) {
                ((o.onload = e), (o.onerror = t));
              })),
              np(a, `link`, r),
              (t.state.loading |= 4),
              Vm(a, n.precedence, e),
              (t.instance = a)
            );
          case `script`:
            return (
              (a = Rm(n.src)),
              (i = e.querySelector(zm(a)))
                ? ((t.instance = i), Wt(i), i)
                : ((r = n),
                  (i = vm.get(a)) && ((r = E({}, n)), Um(r, i)),
                  (e = e.ownerDocument || e),
                  (i = e.createElement(`script`)),
                  Wt(i),
                  np(i, `link`, r),
                  e.head.appendChild(i),
                  (t.instance = i))
            );
          case `void`:
            return null;
          default:
            throw Error(s(443, t.type));
        }
      else
        t.type === `stylesheet` &&
          !(t.state.loading & 4) &&
          ((r = t.instance), (t.state.loading |= 4), Vm(r, n.precedence, e));
      return t.instance;
    }
    function Vm(e, t, n) {
      for (
        var r = n.querySelectorAll(`link[rel="stylesheet"][data-precedence],style[data-precedence]`),
          i = r.length ? r[r.length - 1] : null,
          a = i,
          o = 0;
        o < r.length;
        o++
      ) {
        var s = r[o];
        if (s.dataset.precedence === t) a = s;
        else if (a !== i) break;
      }
      a
        ? a.parentNode.insertBefore(e, a.nextSibling)
        : ((t = n.nodeType === 9 ? n.head : n), t.insertBefore(e, t.firstChild));
    }
    function Hm(e, t) {
      ((e.crossOrigin ??= t.crossOrigin), (e.referrerPolicy ??= t.referrerPolicy), (e.title ??= t.title));
    }
    function Um(e, t) {
      ((e.crossOrigin ??= t.crossOrigin), (e.referrerPolicy ??= t.referrerPolicy), (e.integrity ??= t.integrity));
    }
    var Wm = null;
    function Gm(e, t, n) {
      if (Wm === null) {
        var r = new Map(),
          i = (Wm = new Map());
        i.set(n, r);
      } else ((i = Wm), (r = i.get(n)), r || ((r = new Map()), i.set(n, r)));
      if (r.has(e)) return r;
      for (r.set(e, null), n = n.getElementsByTagName(e), i = 0; i < n.length; i++) {
        var a = n[i];
        if (
          !(a[Lt] || a[A] || (e === `link` && a.getAttribute(`rel`) === `stylesheet`)) &&
          a.namespaceURI !== `http://www.w3.org/2000/svg`
        ) {
          var o = a.getAttribute(t) || ``;
          o = e + o;
          var s = r.get(o);
          s ? s.push(a) : r.set(o, [a]);
        }
      }
      return r;
    }
    function Km(e, t, n) {
      ((e = e.ownerDocument || e), e.head.insertBefore(n, t === `title` ? e.querySelector(`head > title`) : null));
    }
    function qm(e, t, n) {
      if (n === 1 || t.itemProp != null) return !1;
      switch (e) {
        case `meta`:
        case `title`:
          return !0;
        case `style`:
          if (typeof t.precedence != `string` || typeof t.href != `string` || t.href === ``) break;
          return !0;
        case `link`:
          if (typeof t.rel != `string` || typeof t.href != `string` || t.href === `` || t.onLoad || t.onError) break;
          switch (t.rel) {
            case `stylesheet`:
              return ((e = t.disabled), typeof t.precedence == `string` && e == null);
            default:
              return !0;
          }
        case `script`:
          if (
            t.async &&
            typeof t.async != `function` &&
            typeof t.async != `symbol` &&
            !t.onLoad &&
            !t.onError &&
            t.src &&
            typeof t.src == `string`
          )
            return !0;
      }
      return !1;
    }
    function Jm(e, t) {
      return e === `img` && t.src != null && t.src !== `` && t.onLoad == null && t.loading !== `lazy`;
    }
    function Ym(e) {
      return !(e.type === `stylesheet` && !(e.state.loading & 3));
    }
    function Xm(e) {
      return (e.width || 100) * (e.height || 100) * (typeof devicePixelRatio == `number` ? devicePixelRatio : 1) * 0.25;
    }
    function Zm(e, t) {
      typeof t.decode == `function` &&
        (e.imgCount++,
        t.complete || ((e.imgBytes += Xm(t)), e.suspenseyImages.push(t)),
        (e = rh.bind(e)),
        t.decode().then(e, e));
    }
    function Qm(e, t, n, r) {
      if (
        n.type === `stylesheet` &&
        (typeof r.media != `string` || !1 !== matchMedia(r.media).matches) &&
        !(n.state.loading & 4)
      ) {
        if (n.instance === null) {
          var i = Pm(r.href),
            a = t.querySelector(Fm(i));
          if (a) {
            ((t = a._p),
              typeof t == `object` && t && typeof t.then == `function` && (e.count++, (e = nh.bind(e)), t.then(e, e)),
              (n.state.loading |= 4),
              (n.instance = a),
              Wt(a));
            return;
          }
          ((a = t.ownerDocument || t), (r = Im(r)), (i = vm.get(i)) && Hm(r, i), (a = a.createElement(`link`)), Wt(a));
          var o = a;
          ((o._p = new Promise(function (e, t) {
            ((o.onload = e), (o.onerror = t));
          })),
            np(a, `link`, r),
            (n.instance = a));
        }
        (e.stylesheets === null && (e.stylesheets = new Map()),
          e.stylesheets.set(n, t),
          (t = n.state.preload) &&
            !(n.state.loading & 3) &&
            (e.count++, (n = nh.bind(e)), t.addEventListener(`load`, n), t.addEventListener(`error`, n)));
      }
    }
    var $m = 0;
    function eh(e, t) {
      return (
        e.stylesheets && e.count === 0 && ah(e, e.stylesheets),
        0 < e.count || 0 < e.imgCount
          ? function (n) {
              var r = setTimeout(function () {
                if ((e.stylesheets && ah(e, e.stylesheets), e.unsuspend)) {
                  var t = e.unsuspend;
                  ((e.unsuspend = null), t());
                }
              }, 6e4 + t);
              0 < e.imgBytes && $m === 0 && ($m = 62500 * op());
              var i = setTimeout(
                function () {
                  if (
                    ((e.waitingForImages = !1), e.count === 0 && (e.stylesheets && ah(e, e.stylesheets), e.unsuspend))
                  ) {
                    var t = e.unsuspend;
                    ((e.unsuspend = null), t());
                  }
                },
                (e.imgBytes > $m ? 50 : 800) + t,
              );
              return (
                (e.unsuspend = n),
                function () {
                  ((e.unsuspend = null), clearTimeout(r), clearTimeout(i));
                }
              );
            }
          : null
      );
    }
    function th(e) {
      if (e.count === 0 && (e.imgCount === 0 || !e.waitingForImages)) {
        if (e.stylesheets) ah(e, e.stylesheets);
        else if (e.unsuspend) {
          var t = e.unsuspend;
          ((e.unsuspend = null), t());
        }
      }
    }
    function nh() {
      (this.count--, th(this));
    }
    function rh() {
      (this.imgCount--, th(this));
    }
    var ih = null;
    function ah(e, t) {
      ((e.stylesheets = null),
        e.unsuspend !== null && (e.count++, (ih = new Map()), t.forEach(oh, e), (ih = null), nh.call(e)));
    }
    function oh(e, t) {
      if (!(t.state.loading & 4)) {
        var n = ih.get(e);
        if (n) var r = n.get(null);
        else {
          ((n = new Map()), ih.set(e, n));
          for (var i = e.querySelectorAll(`link[data-precedence],style[data-precedence]`), a = 0; a < i.length; a++) {
            var o = i[a];
            (o.nodeName === `LINK` || o.getAttribute(`media`) !== `not all`) &&
              (n.set(o.dataset.precedence, o), (r = o));
          }
          r && n.set(null, r);
        }
        ((i = t.instance),
          (o = i.getAttribute(`data-precedence`)),
          (a = n.get(o) || r),
          a === r && n.set(null, i),
          n.set(o, i),
          this.count++,
          (r = nh.bind(this)),
          i.addEventListener(`load`, r),
          i.addEventListener(`error`, r),
          a
            ? a.parentNode.insertBefore(i, a.nextSibling)
            : ((e = e.nodeType === 9 ? e.head : e), e.insertBefore(i, e.firstChild)),
          (t.state.loading |= 4));
      }
    }
    var sh = { $$typeof: ce, Provider: null, Consumer: null, _currentValue: we, _currentValue2: we, _threadCount: 0 };
    function ch(e, t, n, r, i, a, o, s, c) {
      ((this.tag = 1),
        (this.containerInfo = e),
        (this.pingCache = this.current = this.pendingChildren = null),
        (this.timeoutHandle = -1),
        (this.callbackNode = this.next = this.pendingContext = this.context = this.cancelPendingCommit = null),
        (this.callbackPriority = 0),
        (this.expirationTimes = bt(-1)),
        (this.entangledLanes =
          this.shellSuspendCounter =
          this.errorRecoveryDisabledLanes =
          this.expiredLanes =
          this.warmLanes =
          this.pingedLanes =
          this.suspendedLanes =
          this.pendingLanes =
            0),
        (this.entanglements = bt(0)),
        (this.hiddenUpdates = bt(null)),
        (this.identifierPrefix = r),
        (this.onUncaughtError = i),
        (this.onCaughtError = a),
        (this.onRecoverableError = o),
        (this.pooledCache = null),
        (this.pooledCacheLanes = 0),
        (this.formState = c),
        (this.transitionTypes = null),
        (this.incompleteTransitions = new Map()));
    }
    function lh(e, t, n, r, i, a, o, s, c, l, u, d) {
      return (
        (e = new ch(e, t, n, o, c, l, u, d, s)),
        (t = 1),
        !0 === a && (t |= 24),
        (a = Ii(3, null, null, t)),
        (e.current = a),
        (a.stateNode = e),
        (t = Fa()),
        t.refCount++,
        (e.pooledCache = t),
        t.refCount++,
        (a.memoizedState = { element: r, isDehydrated: n, cache: t }),
        vo(a),
        e
      );
    }
    function uh(e) {
      return e ? ((e = Pi), e) : Pi;
    }
    function dh(e, t, n, r, i, a) {
      ((i = uh(i)),
        r.context === null ? (r.context = i) : (r.pendingContext = i),
        (r = bo(t)),
        (r.payload = { element: n }),
        (a = a === void 0 ? null : a),
        a !== null && (r.callback = a),
        (n = xo(e, r, t)),
        n !== null && (Pd(n, e, t), So(n, e, t)));
    }
    function fh(e, t) {
      if (((e = e.memoizedState), e !== null && e.dehydrated !== null)) {
        var n = e.retryLane;
        e.retryLane = n !== 0 && n < t ? n : t;
      }
    }
    function ph(e, t) {
      (fh(e, t), (e = e.alternate) && fh(e, t));
    }
    function mh(e) {
      if (e.tag === 13 || e.tag === 31) {
        var t = ji(e, 67108864);
        (t !== null && Pd(t, e, 67108864), ph(e, 67108864));
      }
    }
    function hh(e) {
      if (e.tag === 13 || e.tag === 31) {
        var t = jd();
        t = Et(t);
        var n = ji(e, t);
        (n !== null && Pd(n, e, t), ph(e, t));
      }
    }
    var gh = !0;
    function _h(e, t, n, r) {
      var i = D.T;
      D.T = null;
      var a = O.p;
      try {
        ((O.p = 2), yh(e, t, n, r));
      } finally {
        ((O.p = a), (D.T = i));
      }
    }
    function vh(e, t, n, r) {
      var i = D.T;
      D.T = null;
      var a = O.p;
      try {
        ((O.p = 8), yh(e, t, n, r));
      } finally {
        ((O.p = a), (D.T = i));
      }
    }
    function yh(e, t, n, r) {
      if (gh) {
        var i = bh(r);
        if (i === null) (Kf(e, t, r, xh, n), Mh(e, r));
        else if (Ph(i, e, t, n, r)) r.stopPropagation();
        else if ((Mh(e, r), t & 4 && -1 < jh.indexOf(e))) {
          for (; i !== null;) {
            var a = Vt(i);
            if (a !== null)
              switch (a.tag) {
                case 3:
                  if (((a = a.stateNode), a.current.memoizedState.isDehydrated)) {
                    var o = mt(a.pendingLanes);
                    if (o !== 0) {
                      var s = a;
                      for (s.pendingLanes |= 2, s.entangledLanes |= 2; o;) {
                        var c = 1 << (31 - st(o));
                        ((s.entanglements[1] |= c), (o &= ~c));
                      }
                      (Ef(a), !(W & 6) && ((_d = Ye() + 500), Df(0, !1)));
                    }
                  }
                  break;
                case 31:
                case 13:
                  ((s = ji(a, 2)), s !== null && Pd(s, a, 2), zd(), ph(a, 2));
              }
            if (((a = bh(r)), a === null && Kf(e, t, r, xh, n), a === i)) break;
            i = a;
          }
          i !== null && r.stopPropagation();
        } else Kf(e, t, r, null, n);
      }
    }
    function bh(e) {
      return ((e = En(e)), Sh(e));
    }
    var xh = null;
    function Sh(e) {
      if (((xh = null), (e = Bt(e)), e !== null)) {
        var t = l(e);
        if (t === null) e = null;
        else {
          var n = t.tag;
          if (n === 13) {
            if (((e = u(t)), e !== null)) return e;
            e = null;
          } else if (n === 31) {
            if (((e = d(t)), e !== null)) return e;
            e = null;
          } else if (n === 3) {
            if (t.stateNode.current.memoizedState.isDehydrated) return t.tag === 3 ? t.stateNode.containerInfo : null;
            e = null;
          } else t !== e && (e = null);
        }
      }
      return ((xh = e), null);
    }
    function Ch(e) {
      switch (e) {
        case `beforetoggle`:
        case `cancel`:
        case `click`:
        case `close`:
        case `contextmenu`:
        case `copy`:
        case `cut`:
        case `auxclick`:
        case `dblclick`:
        case `dragend`:
        case `dragstart`:
        case `drop`:
        case `focusin`:
        case `focusout`:
        case `input`:
        case `invalid`:
        case `keydown`:
        case `keypress`:
        case `keyup`:
        case `mousedown`:
        case `mouseup`:
        case `paste`:
        case `pause`:
        case `play`:
        case `pointercancel`:
        case `pointerdown`:
        case `pointerup`:
        case `ratechange`:
        case `reset`:
        case `seeked`:
        case `submit`:
        case `toggle`:
        case `touchcancel`:
        case `touchend`:
        case `touchstart`:
        case `volumechange`:
        case `change`:
        case `selectionchange`:
        case `textInput`:
        case `compositionstart`:
        case `compositionend`:
        case `compositionupdate`:
        case `beforeblur`:
        case `afterblur`:
        case `beforeinput`:
        case `blur`:
        case `fullscreenchange`:
        case `fullscreenerror`:
        case `focus`:
        case `hashchange`:
        case `popstate`:
        case `select`:
        case `selectstart`:
          return 2;
        case `drag`:
        case `dragenter`:
        case `dragexit`:
        case `dragleave`:
        case `dragover`:
        case `mousemove`:
        case `mouseout`:
        case `mouseover`:
        case `pointermove`:
        case `pointerout`:
        case `pointerover`:
        case `resize`:
        case `scroll`:
        case `touchmove`:
        case `wheel`:
        case `mouseenter`:
        case `mouseleave`:
        case `pointerenter`:
        case `pointerleave`:
          return 8;
        case `message`:
          switch (Xe()) {
            case Ze:
              return 2;
            case Qe:
              return 8;
            case $e:
            case et:
              return 32;
            case tt:
              return 268435456;
            default:
              return 32;
          }
        default:
          return 32;
      }
    }
    var wh = !1,
      Th = null,
      Eh = null,
      Dh = null,
      Oh = new Map(),
      kh = new Map(),
      Ah = [],
      jh =
        `mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset`.split(
          ` `,
        );
    function Mh(e, t) {
      switch (e) {
        case `focusin`:
        case `focusout`:
          Th = null;
          break;
        case `dragenter`:
        case `dragleave`:
          Eh = null;
          break;
        case `mouseover`:
        case `mouseout`:
          Dh = null;
          break;
        case `pointerover`:
        case `pointerout`:
          Oh.delete(t.pointerId);
          break;
        case `gotpointercapture`:
        case `lostpointercapture`:
          kh.delete(t.pointerId);
      }
    }
    function Nh(e, t, n, r, i, a) {
      return e === null || e.nativeEvent !== a
        ? ((e = { blockedOn: t, domEventName: n, eventSystemFlags: r, nativeEvent: a, targetContainers: [i] }),
          t !== null && ((t = Vt(t)), t !== null && mh(t)),
          e)
        : ((e.eventSystemFlags |= r), (t = e.targetContainers), i !== null && t.indexOf(i) === -1 && t.push(i), e);
    }
    function Ph(e, t, n, r, i) {
      switch (t) {
        case `focusin`:
          return ((Th = Nh(Th, e, t, n, r, i)), !0);
        case `dragenter`:
          return ((Eh = Nh(Eh, e, t, n, r, i)), !0);
        case `mouseover`:
          return ((Dh = Nh(Dh, e, t, n, r, i)), !0);
        case `pointerover`:
          var a = i.pointerId;
          return (Oh.set(a, Nh(Oh.get(a) || null, e, t, n, r, i)), !0);
        case `gotpointercapture`:
          return ((a = i.pointerId), kh.set(a, Nh(kh.get(a) || null, e, t, n, r, i)), !0);
      }
      return !1;
    }
    function Fh(e) {
      var t = Bt(e.target);
      if (t !== null) {
        var n = l(t);
        if (n !== null) {
          if (((t = n.tag), t === 13)) {
            if (((t = u(n)), t !== null)) {
              ((e.blockedOn = t),
                kt(e.priority, function () {
                  hh(n);
                }));
              return;
            }
          } else if (t === 31) {
            if (((t = d(n)), t !== null)) {
              ((e.blockedOn = t),
                kt(e.priority, function () {
                  hh(n);
                }));
              return;
            }
          } else if (t === 3 && n.stateNode.current.memoizedState.isDehydrated) {
            e.blockedOn = n.tag === 3 ? n.stateNode.containerInfo : null;
            return;
          }
        }
      }
      e.blockedOn = null;
    }
    function Ih(e) {
      if (e.blockedOn !== null) return !1;
      for (var t = e.targetContainers; 0 < t.length;) {
        var n = bh(e.nativeEvent);
        if (n === null) {
          n = e.nativeEvent;
          var r = new n.constructor(n.type, n);
          ((Tn = r), n.target.dispatchEvent(r), (Tn = null));
        } else return ((t = Vt(n)), t !== null && mh(t), (e.blockedOn = n), !1);
        t.shift();
      }
      return !0;
    }
    function Lh(e, t, n) {
      Ih(e) && n.delete(t);
    }
    function Rh() {
      ((wh = !1),
        Th !== null && Ih(Th) && (Th = null),
        Eh !== null && Ih(Eh) && (Eh = null),
        Dh !== null && Ih(Dh) && (Dh = null),
        Oh.forEach(Lh),
        kh.forEach(Lh));
    }
    function zh(e, n) {
      e.blockedOn === n &&
        ((e.blockedOn = null), wh || ((wh = !0), t.unstable_scheduleCallback(t.unstable_NormalPriority, Rh)));
    }
    var Bh = null;
    function Vh(e) {
      Bh !== e &&
        ((Bh = e),
        t.unstable_scheduleCallback(t.unstable_NormalPriority, function () {
          Bh === e && (Bh = null);
          for (var t = 0; t < e.length; t += 3) {
            var n = e[t],
              r = e[t + 1],
              i = e[t + 2];
            if (typeof r != `function`) {
              if (Sh(r || n) === null) continue;
              break;
            }
            var a = Vt(n);
            a !== null &&
              (e.splice(t, 3), (t -= 3), rc(a, { pending: !0, data: i, method: n.method, action: r }, r, i));
          }
        }));
    }
    function Hh(e) {
      function t(t) {
        return zh(t, e);
      }
      (Th !== null && zh(Th, e), Eh !== null && zh(Eh, e), Dh !== null && zh(Dh, e), Oh.forEach(t), kh.forEach(t));
      for (var n = 0; n < Ah.length; n++) {
        var r = Ah[n];
        r.blockedOn === e && (r.blockedOn = null);
      }
      for (; 0 < Ah.length && ((n = Ah[0]), n.blockedOn === null);) (Fh(n), n.blockedOn === null && Ah.shift());
      if (((n = (e.ownerDocument || e).$$reactFormReplay), n != null))
        for (r = 0; r < n.length; r += 3) {
          var i = n[r],
            a = n[r + 1],
            o = i[jt] || null;
          if (typeof a == `function`) o || Vh(n);
          else if (o) {
            var s = null;
            if (a && a.hasAttribute(`formAction`)) {
              if (((i = a), (o = a[jt] || null))) s = o.formAction;
              else if (Sh(i) !== null) continue;
            } else s = o.action;
            (typeof s == `function` ? (n[r + 1] = s) : (n.splice(r, 3), (r -= 3)), Vh(n));
          }
        }
    }
    function Uh() {
      function e(e) {
        e.canIntercept &&
          e.info === `react-transition` &&
          e.intercept({
            handler: function () {
              return new Promise(function (e) {
                return (i = e);
              });
            },
            focusReset: `manual`,
            scroll: `manual`,
          });
      }
      function t() {
        (i !== null && (i(), (i = null)), r || setTimeout(n, 20));
      }
      function n() {
        if (!r && !navigation.transition) {
          var e = navigation.currentEntry;
          e &&
            e.url != null &&
            navigation.navigate(e.url, { state: e.getState(), info: `react-transition`, history: `replace` });
        }
      }
      if (typeof navigation == `object`) {
        var r = !1,
          i = null;
        return (
          navigation.addEventListener(`navigate`, e),
          navigation.addEventListener(`navigatesuccess`, t),
          navigation.addEventListener(`navigateerror`, t),
          setTimeout(n, 100),
          function () {
            ((r = !0),
              navigation.removeEventListener(`navigate`, e),
              navigation.removeEventListener(`navigatesuccess`, t),
              navigation.removeEventListener(`navigateerror`, t),
              i !== null && (i(), (i = null)));
          }
        );
      }
    }
    function Wh(e) {
      this._internalRoot = e;
    }
    ((Gh.prototype.render = Wh.prototype.render =
      function (e) {
        var t = this._internalRoot;
        if (t === null) throw Error(s(409));
        var n = t.current;
        dh(n, jd(), e, t, null, null);
      }),
      (Gh.prototype.unmount = Wh.prototype.unmount =
        function () {
          var e = this._internalRoot;
          if (e !== null) {
            this._internalRoot = null;
            var t = e.containerInfo;
            (dh(e.current, 2, null, e, null, null), zd(), (t[Mt] = null));
          }
        }));
    function Gh(e) {
      this._internalRoot = e;
    }
    Gh.prototype.unstable_scheduleHydration = function (e) {
      if (e) {
        var t = Ot();
        e = { blockedOn: null, target: e, priority: t };
        for (var n = 0; n < Ah.length && t !== 0 && t < Ah[n].priority; n++);
        (Ah.splice(n, 0, e), n === 0 && Fh(e));
      }
    };
    var Kh = r.version;
    if (Kh !== `19.3.1`) throw Error(s(527, Kh, `19.3.1`));
    O.findDOMNode = function (e) {
      var t = e._reactInternals;
      if (t === void 0)
        throw typeof e.render == `function` ? Error(s(188)) : ((e = Object.keys(e).join(`,`)), Error(s(268, e)));
      return ((e = p(t)), (e = e === null ? null : m(e)), (e = e === null ? null : e.stateNode), e);
    };
    var qh = {
      bundleType: 0,
      version: `19.3.1`,
      rendererPackageName: `react-dom`,
      currentDispatcherRef: D,
      reconcilerVersion: `19.3.1`,
    };
    if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u`) {
      var Jh = __REACT_DEVTOOLS_GLOBAL_HOOK__;
      if (!Jh.isDisabled && Jh.supportsFiber)
        try {
          ((it = Jh.inject(qh)), (at = Jh));
        } catch {}
    }
    e.createRoot = function (e, t) {
      if (!c(e)) throw Error(s(299));
      var n = !1,
        r = ``,
        i = Ec,
        a = Dc,
        o = Oc;
      return (
        t != null &&
          (!0 === t.unstable_strictMode && (n = !0),
          t.identifierPrefix !== void 0 && (r = t.identifierPrefix),
          t.onUncaughtError !== void 0 && (i = t.onUncaughtError),
          t.onCaughtError !== void 0 && (a = t.onCaughtError),
          t.onRecoverableError !== void 0 && (o = t.onRecoverableError)),
        (t = lh(e, 1, !1, null, null, n, r, null, i, a, o, Uh)),
        (e[Mt] = t.current),
        Wf(e),
        new Wh(t)
      );
    };
  }),
  c = e((e, t) => {
    function n() {
      if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ < `u` && typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE == `function`)
        try {
          __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n);
        } catch (e) {
          console.error(e);
        }
    }
    (n(), (t.exports = s()));
  });
function l(e) {
  let t = {
    subscribe(t) {
      let n = null,
        r = !1,
        i = !1,
        a = !1,
        o = !0,
        s = null;
      function c(e) {
        try {
          e();
        } catch (e) {
          if (!o) throw e;
          s ??= { cause: e };
        } finally {
          l();
        }
      }
      function l() {
        n === null ? (a = !0) : i || ((i = !0), typeof n == `function` ? n() : n && n.unsubscribe());
      }
      if (
        ((n = e({
          next(e) {
            var n;
            r || (n = t.next) == null || n.call(t, e);
          },
          error(e) {
            r || ((r = !0), c(() => t.error?.call(t, e)));
          },
          complete() {
            r || ((r = !0), c(() => t.complete?.call(t)));
          },
        })),
        (o = !1),
        a && l(),
        s)
      )
        throw s.cause;
      return { unsubscribe: l };
    },
    pipe(...e) {
      return e.reduce(u, t);
    },
  };
  return t;
}
function u(e, t) {
  return t(e);
}
function d(e) {
  let t = new AbortController();
  return new Promise((n, r) => {
    let i = !1;
    function a() {
      i || ((i = !0), o.unsubscribe());
    }
    t.signal.addEventListener(`abort`, () => {
      r(t.signal.reason);
    });
    let o = e.subscribe({
      next(e) {
        ((i = !0), n(e), a());
      },
      error(e) {
        r(e);
      },
      complete() {
        (t.abort(), a());
      },
    });
  });
}
function f(e, t) {
  let n = [],
    r = [],
    i = null,
    a = !1,
    o = null;
  function s() {
    if (a) return null;
    ((a = !0), t.removeEventListener(`abort`, u));
    try {
      return (o?.unsubscribe(), null);
    } catch (e) {
      return { cause: e };
    }
  }
  function c() {
    let e = i ? r.shift() : void 0;
    if (i && e) {
      let { cause: t } = i;
      ((i = null), e.reject(t));
    }
    for (let e of r.splice(0)) e.resolve({ value: void 0, done: !0 });
  }
  function l() {
    let e = s();
    if ((c(), e)) throw e.cause;
  }
  function u() {
    let e = s();
    (e && (i = e), c());
  }
  ((o = e.subscribe({
    next(e) {
      if (a) return;
      let t = r.shift();
      t ? t.resolve({ value: e, done: !1 }) : n.push(e);
    },
    error(e) {
      a || ((i = { cause: e }), l());
    },
    complete: l,
  })),
    a ? o.unsubscribe() : t.aborted ? u() : t.addEventListener(`abort`, u, { once: !0 }));
  let d = {
    [Symbol.asyncIterator]() {
      return d;
    },
    async next() {
      if (n.length > 0) return { value: n.shift(), done: !1 };
      if (i) {
        let { cause: e } = i;
        throw ((i = null), e);
      }
      return a
        ? { value: void 0, done: !0 }
        : new Promise((e, t) => {
            r.push({ resolve: e, reject: t });
          });
    },
    async return() {
      return ((n.length = 0), (i = null), l(), { value: void 0, done: !0 });
    },
  };
  return d;
}
function p(e) {
  return (e) => {
    let t = 0,
      n = null,
      r = !1,
      i = new Set();
    function a() {
      if (n || r) return;
      r = !0;
      let t = !1,
        a;
      try {
        a = e.subscribe({
          next(e) {
            o(i, (t) => t.next?.call(t, e));
          },
          error(e) {
            ((t = !0), s((t) => t.error?.call(t, e)));
          },
          complete() {
            ((t = !0), s((e) => e.complete?.call(e)));
          },
        });
      } finally {
        r = !1;
      }
      t ? a.unsubscribe() : (n = a);
    }
    function o(e, t) {
      for (let n of [...e]) e.has(n) && t(n);
    }
    function s(e) {
      let t = n,
        a = i;
      ((n = null), (i = new Set()), (r = !1));
      try {
        o(a, e);
      } finally {
        t?.unsubscribe();
      }
    }
    function c() {
      let e = n;
      ((n = null), e?.unsubscribe());
    }
    function u() {
      t === 0 && n && c();
    }
    return l((e) => {
      t++;
      let n = i;
      return (
        n.add(e),
        a(),
        {
          unsubscribe() {
            (t--, u(), n.delete(e));
          },
        }
      );
    });
  };
}
function m(e) {
  try {
    e();
  } catch (e) {
    setTimeout(() => {
      throw e;
    });
  }
}
function h(e) {
  let t = e,
    n = new Set(),
    r = (e) => {
      (t !== void 0 && e.next(t), n.add(e));
    },
    i = (e) => {
      n.delete(e);
    },
    a = l(
      (e) => (
        r(e),
        () => {
          i(e);
        }
      ),
    );
  return (
    (a.next = (e) => {
      if (t !== e) {
        t = e;
        for (let t of [...n]) n.has(t) && m(() => t.next(e));
      }
    }),
    (a.get = () => t),
    a
  );
}
var g = n(),
  _ = c();
function v(e) {
  return l((t) => {
    function n(t = 0, r = e.op) {
      let i = e.links[t];
      if (!i) throw Error(`No more links to execute - did you forget to add an ending link?`);
      return i({
        op: r,
        next(e) {
          return n(t + 1, e);
        },
      });
    }
    return n().subscribe(t);
  });
}
function y(e) {
  return Array.isArray(e) ? e : [e];
}
function b(e) {
  return (t) => {
    let n = y(e.true).map((e) => e(t)),
      r = y(e.false).map((e) => e(t));
    return (t) =>
      l((i) => {
        let a = e.condition(t.op) ? n : r;
        return v({ op: t.op, links: a }).subscribe(i);
      });
  };
}
function x(e) {
  "@babel/helpers - typeof";
  return (
    (x =
      typeof Symbol == `function` && typeof Symbol.iterator == `symbol`
        ? function (e) {
            return typeof e;
          }
        : function (e) {
            return e && typeof Symbol == `function` && e.constructor === Symbol && e !== Symbol.prototype
              ? `symbol`
              : typeof e;
          }),
    x(e)
  );
}
function S(e, t) {
  if (x(e) != `object` || !e) return e;
  var n = e[Symbol.toPrimitive];
  if (n !== void 0) {
    var r = n.call(e, t || `default`);
    if (x(r) != `object`) return r;
    throw TypeError(`@@toPrimitive must return a primitive value.`);
  }
  return (t === `string` ? String : Number)(e);
}
function ee(e) {
  var t = S(e, `string`);
  return x(t) == `symbol` ? t : t + ``;
}
function C(e, t, n) {
  return (
    (t = ee(t)) in e
      ? Object.defineProperty(e, t, { value: n, enumerable: !0, configurable: !0, writable: !0 })
      : (e[t] = n),
    e
  );
}
function w(e, t) {
  var n = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var r = Object.getOwnPropertySymbols(e);
    (t &&
      (r = r.filter(function (t) {
        return Object.getOwnPropertyDescriptor(e, t).enumerable;
      })),
      n.push.apply(n, r));
  }
  return n;
}
function T(e) {
  for (var t = 1; t < arguments.length; t++) {
    var n = arguments[t] == null ? {} : arguments[t];
    t % 2
      ? w(Object(n), !0).forEach(function (t) {
          C(e, t, n[t]);
        })
      : Object.getOwnPropertyDescriptors
        ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n))
        : w(Object(n)).forEach(function (t) {
            Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
          });
  }
  return e;
}
function E(e) {
  return !!e && !Array.isArray(e) && typeof e == `object`;
}
function te() {
  return Object.create(null);
}
var ne = (e) => e(),
  re = {
    PARSE_ERROR: -32700,
    BAD_REQUEST: -32600,
    INTERNAL_SERVER_ERROR: -32603,
    NOT_IMPLEMENTED: -32603,
    BAD_GATEWAY: -32603,
    SERVICE_UNAVAILABLE: -32603,
    GATEWAY_TIMEOUT: -32603,
    UNAUTHORIZED: -32001,
    PAYMENT_REQUIRED: -32002,
    FORBIDDEN: -32003,
    NOT_FOUND: -32004,
    METHOD_NOT_SUPPORTED: -32005,
    TIMEOUT: -32008,
    CONFLICT: -32009,
    PRECONDITION_FAILED: -32012,
    PAYLOAD_TOO_LARGE: -32013,
    UNSUPPORTED_MEDIA_TYPE: -32015,
    UNPROCESSABLE_CONTENT: -32022,
    PRECONDITION_REQUIRED: -32028,
    TOO_MANY_REQUESTS: -32029,
    CLIENT_CLOSED_REQUEST: -32099,
  },
  ie = [re.BAD_GATEWAY, re.SERVICE_UNAVAILABLE, re.GATEWAY_TIMEOUT, re.INTERNAL_SERVER_ERROR],
  ae = () => {},
  oe = (e) => {
    Object.freeze && Object.freeze(e);
  };
function se(e, t, n) {
  let r = t.join(`.`);
  return (
    n[r] ??
      (n[r] = new Proxy(ae, {
        get(r, i) {
          if (typeof i == `string` && i !== `then`) return se(e, [...t, i], n);
        },
        apply(n, r, i) {
          let a = t[t.length - 1];
          if (a === `valueOf` || a === `toString` || a === `toJSON`) return `tRPC.proxy(${t.slice(0, -1).join(`.`)})`;
          let o = { args: i, path: t };
          return (
            a === `call`
              ? (o = { args: i.length >= 2 ? [i[1]] : [], path: t.slice(0, -1) })
              : a === `apply` && (o = { args: i.length >= 2 ? i[1] : [], path: t.slice(0, -1) }),
            oe(o.args),
            oe(o.path),
            e(o)
          );
        },
      })),
    n[r]
  );
}
var ce = (e) => se(e, [], te()),
  le = (e) =>
    new Proxy(ae, {
      get(t, n) {
        if (n !== `then`) return e(n);
      },
    });
function ue(e) {
  "@babel/helpers - typeof";
  return (
    (ue =
      typeof Symbol == `function` && typeof Symbol.iterator == `symbol`
        ? function (e) {
            return typeof e;
          }
        : function (e) {
            return e && typeof Symbol == `function` && e.constructor === Symbol && e !== Symbol.prototype
              ? `symbol`
              : typeof e;
          }),
    ue(e)
  );
}
function de(e, t) {
  if (ue(e) != `object` || !e) return e;
  var n = e[Symbol.toPrimitive];
  if (n !== void 0) {
    var r = n.call(e, t || `default`);
    if (ue(r) != `object`) return r;
    throw TypeError(`@@toPrimitive must return a primitive value.`);
  }
  return (t === `string` ? String : Number)(e);
}
function fe(e) {
  var t = de(e, `string`);
  return ue(t) == `symbol` ? t : t + ``;
}
function pe(e, t, n) {
  return (
    (t = fe(t)) in e
      ? Object.defineProperty(e, t, { value: n, enumerable: !0, configurable: !0, writable: !0 })
      : (e[t] = n),
    e
  );
}
function me(e, t) {
  var n = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var r = Object.getOwnPropertySymbols(e);
    (t &&
      (r = r.filter(function (t) {
        return Object.getOwnPropertyDescriptor(e, t).enumerable;
      })),
      n.push.apply(n, r));
  }
  return n;
}
function he(e) {
  for (var t = 1; t < arguments.length; t++) {
    var n = arguments[t] == null ? {} : arguments[t];
    t % 2
      ? me(Object(n), !0).forEach(function (t) {
          pe(e, t, n[t]);
        })
      : Object.getOwnPropertyDescriptors
        ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n))
        : me(Object(n)).forEach(function (t) {
            Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
          });
  }
  return e;
}
function ge(e, t) {
  if (`error` in e) {
    let n = t.deserialize(e.error);
    return { ok: !1, error: he(he({}, e), {}, { error: n }) };
  }
  return {
    ok: !0,
    result: he(
      he({}, e.result),
      (!e.result.type || e.result.type === `data`) && { type: `data`, data: t.deserialize(e.result.data) },
    ),
  };
}
var _e = class extends Error {
  constructor() {
    super(`Unable to transform response from server`);
  }
};
function ve(e, t) {
  let n;
  try {
    n = ge(e, t);
  } catch {
    throw new _e();
  }
  if ((!n.ok && (!E(n.error.error) || typeof n.error.error.code != `number`)) || (n.ok && !E(n.result))) throw new _e();
  return n;
}
function ye(e) {
  return e ?? `.`;
}
function be(e, t) {
  return t === `.` ? e : e.split(`.`).join(t);
}
function xe(e, t) {
  ((this.v = e), (this.k = t));
}
function Se(e) {
  return function () {
    return new Ce(e.apply(this, arguments));
  };
}
function Ce(e) {
  var t, n;
  function r(t, n) {
    try {
      var a = e[t](n),
        o = a.value,
        s = o instanceof xe;
      Promise.resolve(s ? o.v : o).then(
        function (n) {
          if (s) {
            var c = t === `return` ? `return` : `next`;
            if (!o.k || n.done) return r(c, n);
            n = e[c](n).value;
          }
          i(a.done ? `return` : `normal`, n);
        },
        function (e) {
          r(`throw`, e);
        },
      );
    } catch (e) {
      i(`throw`, e);
    }
  }
  function i(e, i) {
    switch (e) {
      case `return`:
        t.resolve({ value: i, done: !0 });
        break;
      case `throw`:
        t.reject(i);
        break;
      default:
        t.resolve({ value: i, done: !1 });
    }
    (t = t.next) ? r(t.key, t.arg) : (n = null);
  }
  ((this._invoke = function (e, i) {
    return new Promise(function (a, o) {
      var s = { key: e, arg: i, resolve: a, reject: o, next: null };
      n ? (n = n.next = s) : ((t = n = s), r(e, i));
    });
  }),
    typeof e.return != `function` && (this.return = void 0));
}
((Ce.prototype[(typeof Symbol == `function` && Symbol.asyncIterator) || `@@asyncIterator`] = function () {
  return this;
}),
  (Ce.prototype.next = function (e) {
    return this._invoke(`next`, e);
  }),
  (Ce.prototype.throw = function (e) {
    return this._invoke(`throw`, e);
  }),
  (Ce.prototype.return = function (e) {
    return this._invoke(`return`, e);
  }));
var D,
  O = new WeakMap(),
  we = () => {};
D = Symbol.toStringTag;
var Te = class e {
  constructor(e) {
    (pe(this, `promise`, void 0),
      pe(this, `subscribers`, []),
      pe(this, `settlement`, null),
      pe(this, D, `Unpromise`),
      (this.promise = typeof e == `function` ? new Promise(e) : e));
    let t = this.promise.then((e) => {
      let { subscribers: t } = this;
      ((this.subscribers = null),
        (this.settlement = { status: `fulfilled`, value: e }),
        t?.forEach(({ resolve: t }) => {
          t(e);
        }));
    });
    `catch` in t &&
      t.catch((e) => {
        let { subscribers: t } = this;
        ((this.subscribers = null),
          (this.settlement = { status: `rejected`, reason: e }),
          t?.forEach(({ reject: t }) => {
            t(e);
          }));
      });
  }
  subscribe() {
    let e,
      t,
      { settlement: n } = this;
    if (n === null) {
      if (this.subscribers === null) throw Error(`Unpromise settled but still has subscribers`);
      let n = De();
      ((this.subscribers = Oe(this.subscribers, n)),
        (e = n.promise),
        (t = () => {
          this.subscribers !== null && (this.subscribers = ke(this.subscribers, n));
        }));
    } else {
      let { status: r } = n;
      ((e = r === `fulfilled` ? Promise.resolve(n.value) : Promise.reject(n.reason)), (t = we));
    }
    return Object.assign(e, { unsubscribe: t });
  }
  then(e, t) {
    let n = this.subscribe(),
      { unsubscribe: r } = n;
    return Object.assign(n.then(e, t), { unsubscribe: r });
  }
  catch(e) {
    let t = this.subscribe(),
      { unsubscribe: n } = t;
    return Object.assign(t.catch(e), { unsubscribe: n });
  }
  finally(e) {
    let t = this.subscribe(),
      { unsubscribe: n } = t;
    return Object.assign(t.finally(e), { unsubscribe: n });
  }
  static proxy(t) {
    let n = e.getSubscribablePromise(t);
    return n === void 0 ? e.createSubscribablePromise(t) : n;
  }
  static createSubscribablePromise(t) {
    let n = new e(t);
    return (O.set(t, n), O.set(n, n), n);
  }
  static getSubscribablePromise(e) {
    return O.get(e);
  }
  static resolve(t) {
    let n = typeof t == `object` && t && `then` in t && typeof t.then == `function` ? t : Promise.resolve(t);
    return e.proxy(n).subscribe();
  }
  static async any(t) {
    let n = (Array.isArray(t) ? t : [...t]).map(e.resolve);
    try {
      return await Promise.any(n);
    } finally {
      n.forEach(({ unsubscribe: e }) => {
        e();
      });
    }
  }
  static async race(t) {
    let n = (Array.isArray(t) ? t : [...t]).map(e.resolve);
    try {
      return await Promise.race(n);
    } finally {
      n.forEach(({ unsubscribe: e }) => {
        e();
      });
    }
  }
  static async raceReferences(e) {
    let t = e.map(Ee);
    try {
      return await Promise.race(t);
    } finally {
      for (let e of t) e.unsubscribe();
    }
  }
};
function Ee(e) {
  return Te.proxy(e).then(() => [e]);
}
function De() {
  let e, t;
  return {
    promise: new Promise((n, r) => {
      ((e = n), (t = r));
    }),
    resolve: e,
    reject: t,
  };
}
function Oe(e, t) {
  return [...e, t];
}
function k(e, t) {
  return [...e.slice(0, t), ...e.slice(t + 1)];
}
function ke(e, t) {
  let n = e.indexOf(t);
  return n === -1 ? e : k(e, n);
}
var Ae, je;
((Ae = Symbol).dispose ?? (Ae.dispose = Symbol()), (je = Symbol).asyncDispose ?? (je.asyncDispose = Symbol()));
function Me(e, t) {
  let n = e,
    r = n[Symbol.dispose];
  return (
    (n[Symbol.dispose] = () => {
      (t(), r?.call(n));
    }),
    n
  );
}
function Ne(e, t) {
  let n = e,
    r = n[Symbol.asyncDispose];
  return (
    (n[Symbol.asyncDispose] = async () => {
      (await t(), await r?.call(n));
    }),
    n
  );
}
var Pe = Symbol();
function Fe(e) {
  let t = null;
  return Me(
    {
      start() {
        if (t) throw Error(`Timer already started`);
        return new Promise((n) => {
          t = setTimeout(() => n(Pe), e);
        });
      },
    },
    () => {
      t && clearTimeout(t);
    },
  );
}
function Ie() {
  var e =
      typeof SuppressedError == `function`
        ? SuppressedError
        : function (e, t) {
            var n = Error();
            return ((n.name = `SuppressedError`), (n.error = e), (n.suppressed = t), n);
          },
    t = {},
    n = [];
  function r(e, t) {
    if (t != null) {
      if (Object(t) !== t)
        throw TypeError(`using declarations can only be used with objects, functions, null, or undefined.`);
      if (e) var r = t[Symbol.asyncDispose || Symbol.for(`Symbol.asyncDispose`)];
      if (r === void 0 && ((r = t[Symbol.dispose || Symbol.for(`Symbol.dispose`)]), e)) var i = r;
      if (typeof r != `function`) throw TypeError(`Object is not disposable.`);
      (i &&
        (r = function () {
          try {
            i.call(t);
          } catch (e) {
            return Promise.reject(e);
          }
        }),
        n.push({ v: t, d: r, a: e }));
    } else e && n.push({ d: t, a: e });
    return t;
  }
  return {
    e: t,
    u: r.bind(null, !1),
    a: r.bind(null, !0),
    d: function () {
      var r,
        i = this.e,
        a = 0;
      function o() {
        for (; (r = n.pop());)
          try {
            if (!r.a && a === 1) return ((a = 0), n.push(r), Promise.resolve().then(o));
            if (r.d) {
              var e = r.d.call(r.v);
              if (r.a) return ((a |= 2), Promise.resolve(e).then(o, s));
            } else a |= 1;
          } catch (e) {
            return s(e);
          }
        if (a === 1) return i === t ? Promise.resolve() : Promise.reject(i);
        if (i !== t) throw i;
      }
      function s(n) {
        return ((i = i === t ? n : new e(n, i)), o());
      }
      return o();
    },
  };
}
function Le(e) {
  return new xe(e, 0);
}
var Re = `ping`,
  ze = `serialized-error`,
  Be = `connected`,
  Ve = `return`;
async function He(e) {
  try {
    var t = Ie();
    let n = t.u(Fe(e.timeoutMs)),
      r = await Te.race([e.promise, n.start()]);
    return r === Pe ? await e.onTimeout() : r;
  } catch (e) {
    t.e = e;
  } finally {
    t.d();
  }
}
function Ue(e) {
  let { deserialize: t = (e) => e } = e,
    n = te(),
    r = e.signal,
    i = null,
    a = () =>
      new ReadableStream({
        async start(a) {
          let [o, s] = await Promise.all([e.url(), e.init()]),
            c = (i = new e.EventSource(o, s));
          a.enqueue({ type: `connecting`, eventSource: i, event: null });
          let l = (e, t) => {
            c.addEventListener(e, (e) => {
              try {
                t(e);
              } catch (e) {
                (c.close(), a.error(e));
              }
            });
          };
          (l(Be, (e) => {
            let t = JSON.parse(e.data);
            ((n = t), a.enqueue({ type: `connected`, options: t, eventSource: c }));
          }),
            l(ze, (e) => {
              a.enqueue({ type: `serialized-error`, error: t(JSON.parse(e.data)), eventSource: c });
            }),
            c.addEventListener(Re, () => {
              a.enqueue({ type: `ping`, eventSource: c });
            }),
            c.addEventListener(Ve, () => {
              (c.close(), a.close(), (i = null));
            }),
            c.addEventListener(`error`, (e) => {
              c.readyState === c.CLOSED ? a.error(e) : a.enqueue({ type: `connecting`, eventSource: c, event: e });
            }),
            l(`message`, (e) => {
              let n = { data: t(JSON.parse(e.data)) };
              (e.lastEventId && (n.id = e.lastEventId), a.enqueue({ type: `data`, data: n, eventSource: c }));
            }));
          let u = () => {
            try {
              (c.close(), a.close());
            } catch {}
          };
          r.aborted ? u() : r.addEventListener(`abort`, u);
        },
        cancel() {
          i?.close();
        },
      }),
    o = () => {
      let e = a(),
        t = e.getReader();
      async function n() {
        (await t.cancel().catch(() => {}), (i = null));
      }
      return Ne(
        {
          read() {
            return t.read();
          },
          async recreate() {
            (await n(), (e = a()), (t = e.getReader()));
          },
        },
        n,
      );
    };
  return ne(
    Se(function* () {
      try {
        var e = Ie();
        let t = e.a(o());
        for (;;) {
          let e = t.read(),
            r = n.reconnectAfterInactivityMs;
          r &&
            (e = He({
              promise: e,
              timeoutMs: r,
              onTimeout: async () => {
                let e = { value: { type: `timeout`, ms: r, eventSource: i }, done: !1 };
                return (await t.recreate(), e);
              },
            }));
          let a = yield Le(e);
          if (a.done) return a.value;
          yield a.value;
        }
      } catch (t) {
        e.e = t;
      } finally {
        yield Le(e.d());
      }
    }),
  );
}
function We(e) {
  return e instanceof qe;
}
function Ge(e) {
  return E(e) && E(e.error) && typeof e.error.code == `number` && typeof e.error.message == `string`;
}
function Ke(e, t) {
  return typeof e == `string` ? e : E(e) && typeof e.message == `string` ? e.message : t;
}
var qe = class e extends Error {
  constructor(t, n) {
    var r, i;
    let a = n?.cause;
    (super(t, { cause: a }),
      C(this, `cause`, void 0),
      C(this, `shape`, void 0),
      C(this, `data`, void 0),
      C(this, `meta`, void 0),
      (this.meta = n?.meta),
      (this.cause = a),
      (this.shape = n == null || (r = n.result) == null ? void 0 : r.error),
      (this.data = n == null || (i = n.result) == null ? void 0 : i.error.data),
      (this.name = `TRPCClientError`),
      Object.setPrototypeOf(this, e.prototype));
  }
  static from(t, n = {}) {
    let r = t;
    return We(r)
      ? (n.meta && (r.meta = T(T({}, r.meta), n.meta)), r)
      : Ge(r)
        ? new e(r.error.message, T(T({}, n), {}, { result: r, cause: n.cause }))
        : new e(Ke(r, `Unknown error`), T(T({}, n), {}, { cause: r }));
  }
};
function Je(e) {
  let t = e;
  return t
    ? `input` in t
      ? t
      : { input: t, output: t }
    : { input: { serialize: (e) => e, deserialize: (e) => e }, output: { serialize: (e) => e, deserialize: (e) => e } };
}
var Ye = (e) => typeof e == `function`;
function Xe(e) {
  if (e) return e;
  if (typeof window < `u` && Ye(window.fetch)) return window.fetch.bind(window);
  if (typeof globalThis < `u` && Ye(globalThis.fetch)) return globalThis.fetch;
  throw Error(`No fetch implementation found`);
}
function Ze(...e) {
  let t = new AbortController(),
    n = e.length,
    r = 0,
    i = () => {
      ++r === n && t.abort();
    };
  for (let t of e) t?.aborted ? i() : t?.addEventListener(`abort`, i, { once: !0 });
  return t.signal;
}
function Qe(...e) {
  return $e(...e).signal;
}
function $e(...e) {
  let t = new AbortController(),
    n = () => {
      for (let t of e) t?.removeEventListener(`abort`, r);
    },
    r = () => {
      (n(), t.abort());
    };
  for (let t of e) {
    if (t?.aborted) {
      r();
      break;
    }
    t?.addEventListener(`abort`, r, { once: !0 });
  }
  return { signal: t.signal, cleanup: n };
}
function et(e) {
  return {
    url: e.url.toString(),
    fetch: e.fetch,
    transformer: Je(e.transformer),
    methodOverride: e.methodOverride,
    pathSeparator: ye(e.pathSeparator),
  };
}
function tt(e) {
  let t = {};
  for (let n = 0; n < e.length; n++) {
    let r = e[n];
    t[n] = r;
  }
  return t;
}
var nt = { query: `GET`, mutation: `POST`, subscription: `PATCH` };
function rt(e) {
  return `input` in e
    ? e.transformer.input.serialize(e.input)
    : tt(e.inputs.map((t) => e.transformer.input.serialize(t)));
}
var it = (e) => {
    let t = e.url.split(`?`),
      n = t[0].replace(/\/$/, ``) + `/` + be(e.path, e.pathSeparator),
      r = [];
    if ((t[1] && r.push(t[1]), `inputs` in e && r.push(`batch=1`), e.type === `query` || e.type === `subscription`)) {
      let t = rt(e);
      t !== void 0 && e.methodOverride !== `POST` && r.push(`input=${encodeURIComponent(JSON.stringify(t))}`);
    }
    return (r.length && (n += `?` + r.join(`&`)), n);
  },
  at = (e) => {
    if (e.type === `query` && e.methodOverride !== `POST`) return;
    let t = rt(e);
    return t === void 0 ? void 0 : JSON.stringify(t);
  },
  ot = (e) => ut(T(T({}, e), {}, { contentTypeHeader: `application/json`, getUrl: it, getBody: at })),
  st = class extends Error {
    constructor() {
      let e = `AbortError`;
      (super(e), (this.name = e), (this.message = e));
    }
  },
  ct = (e) => {
    var t;
    if (e?.aborted)
      throw (
        (t = e.throwIfAborted) == null || t.call(e),
        typeof DOMException < `u` ? new DOMException(`AbortError`, `AbortError`) : new st()
      );
  };
async function lt(e) {
  ct(e.signal);
  let t = e.getUrl(e),
    n = e.getBody(e),
    r = e.methodOverride ?? nt[e.type],
    i = await (async () => {
      let t = await e.headers();
      return Symbol.iterator in t ? Object.fromEntries(t) : t;
    })(),
    a = Object.keys(i).some((e) => e.toLowerCase() === `content-type`),
    o = T(
      T(
        T({}, e.contentTypeHeader && r !== `GET` && !a ? { "content-type": e.contentTypeHeader } : {}),
        e.trpcAcceptHeader ? { [e.trpcAcceptHeaderKey ?? `trpc-accept`]: e.trpcAcceptHeader } : void 0,
      ),
      i,
    );
  return Xe(e.fetch)(t, { method: r, signal: e.signal, body: n, headers: o });
}
async function ut(e) {
  let t = {},
    n = await lt(e);
  t.response = n;
  let r = await n.json();
  return ((t.responseJSON = r), { json: r, meta: t });
}
var dt = () => {
  throw Error(`Something went wrong. Please submit an issue at https://github.com/trpc/trpc/issues/new`);
};
function ft(e) {
  let t = null,
    n = null,
    r = () => {
      (clearTimeout(n), (n = null), (t = null));
    };
  function i(t) {
    let n = [[]],
      r = 0;
    for (;;) {
      let s = t[r];
      if (!s) break;
      let c = n[n.length - 1];
      if (s.aborted) {
        var i;
        ((i = s.reject) == null || i.call(s, Error(`Aborted`)), r++);
        continue;
      }
      let l;
      try {
        l = e.validate(c.concat(s).map((e) => e.key));
      } catch (e) {
        var a;
        ((a = s.reject) == null || a.call(s, e), r++);
        continue;
      }
      if (l) (c.push(s), r++);
      else if (c.length === 0) {
        var o;
        ((o = s.reject) == null || o.call(s, Error(`Input is too big for a single dispatch`)), r++);
      } else n.push([]);
    }
    return n;
  }
  function a() {
    let n = i(t);
    r();
    for (let t of n) {
      if (!t.length) continue;
      let n = { items: t };
      for (let e of t) e.batch = n;
      e.fetch(n.items.map((e) => e.key))
        .then(async (e) => {
          await Promise.all(
            e.map(async (e, t) => {
              let r = n.items[t];
              try {
                var i;
                let t = await Promise.resolve(e);
                (i = r.resolve) == null || i.call(r, t);
              } catch (e) {
                var a;
                (a = r.reject) == null || a.call(r, e);
              }
              ((r.batch = null), (r.reject = null), (r.resolve = null));
            }),
          );
          for (let e of n.items) {
            var t;
            ((t = e.reject) == null || t.call(e, Error(`Missing result`)), (e.batch = null));
          }
        })
        .catch((e) => {
          for (let r of n.items) {
            var t;
            ((t = r.reject) == null || t.call(r, e), (r.batch = null));
          }
        });
    }
  }
  function o(e) {
    let r = { aborted: !1, key: e, batch: null, resolve: dt, reject: dt },
      i = new Promise((e, n) => {
        ((r.reject = n), (r.resolve = e), (t ??= []), t.push(r));
      });
    return ((n ??= setTimeout(a)), i);
  }
  return { load: o };
}
function pt(e) {
  let t = et(e),
    n = e.maxURLLength ?? 1 / 0,
    r = e.maxItems ?? 1 / 0;
  return () => {
    let i = (i) => ({
        validate(e) {
          if (n === 1 / 0 && r === 1 / 0) return !0;
          if (e.length > r) return !1;
          let a = e.map((e) => e.path).join(`,`),
            o = e.map((e) => e.input);
          return it(T(T({}, t), {}, { type: i, path: a, inputs: o, signal: null })).length <= n;
        },
        async fetch(n) {
          let r = n.map((e) => e.path).join(`,`),
            a = n.map((e) => e.input),
            o = Ze(...n.map((e) => e.signal)),
            s = await ot(
              T(
                T({}, t),
                {},
                {
                  path: r,
                  inputs: a,
                  type: i,
                  headers() {
                    return e.headers ? (typeof e.headers == `function` ? e.headers({ opList: n }) : e.headers) : {};
                  },
                  signal: o,
                },
              ),
            );
          return (Array.isArray(s.json) ? s.json : n.map(() => s.json)).map((e) => ({ meta: s.meta, json: e }));
        },
      }),
      a = { query: ft(i(`query`)), mutation: ft(i(`mutation`)) };
    return ({ op: e }) =>
      l((n) => {
        if (e.type === `subscription`)
          throw Error("Subscriptions are unsupported by `httpLink` - use `httpSubscriptionLink` or `wsLink`");
        let r = new AbortController(),
          { signal: i, cleanup: o } = $e(e.signal, r.signal),
          s = a[e.type].load(T(T({}, e), {}, { signal: i })),
          c = !1,
          l;
        return (
          s
            .then((e) => {
              ((c = !0), (l = e));
              let r = ve(e.json, t.transformer.output);
              r.ok
                ? (n.next({ context: e.meta, result: r.result }), n.complete())
                : n.error(qe.from(r.error, { meta: e.meta }));
            })
            .catch((e) => {
              ((c = !0), n.error(qe.from(e, { meta: l?.meta })));
            }),
          () => {
            (c || r.abort(), o());
          }
        );
      });
  };
}
var mt = (e, ...t) => (typeof e == `function` ? e(...t) : e);
function ht() {
  let e, t;
  return {
    promise: new Promise((n, r) => {
      ((e = n), (t = r));
    }),
    resolve: e,
    reject: t,
  };
}
async function gt(e) {
  let t = await mt(e.url);
  return e.connectionParams ? t + `${t.includes(`?`) ? `&` : `?`}connectionParams=1` : t;
}
async function _t(e, t) {
  let n = { method: `connectionParams`, data: await mt(e) };
  return t.encode(n);
}
function vt(e) {
  let { promise: t, resolve: n, reject: r } = ht();
  return (
    e.addEventListener(`open`, () => {
      (e.removeEventListener(`error`, r), n());
    }),
    e.addEventListener(`error`, r),
    t
  );
}
var yt = new WeakMap();
function bt(e, t) {
  let n = yt.get(e);
  if (!n) {
    let t = [];
    ((n = t),
      yt.set(e, t),
      e.addEventListener(`message`, ({ data: e }) => {
        var n;
        e === `PONG` && ((n = t.shift()) == null || n());
      }));
  }
  (n.push(t), e.send(`PING`));
}
function xt(e, { intervalMs: t, pongTimeoutMs: n }) {
  let r, i;
  function a() {
    r = setTimeout(() => {
      (bt(e, null),
        (i = setTimeout(() => {
          e.close();
        }, n)));
    }, t);
  }
  function o() {
    (clearTimeout(r), a());
  }
  function s() {
    (clearTimeout(i), o());
  }
  (e.addEventListener(`open`, a),
    e.addEventListener(`message`, ({ data: e }) => {
      (clearTimeout(r), a(), e === `PONG` && s());
    }),
    e.addEventListener(`close`, () => {
      (clearTimeout(r), clearTimeout(i));
    }));
}
C(
  class e {
    constructor(t) {
      if (
        (C(this, `id`, ++e.connectCount),
        C(this, `WebSocketPonyfill`, void 0),
        C(this, `urlOptions`, void 0),
        C(this, `keepAliveOpts`, void 0),
        C(this, `encoder`, void 0),
        C(this, `wsObservable`, h(null)),
        C(this, `openPromise`, null),
        (this.WebSocketPonyfill = t.WebSocketPonyfill ?? WebSocket),
        !this.WebSocketPonyfill)
      )
        throw Error(
          "No WebSocket implementation found - you probably don't want to use this on the server, but if you do you need to pass a `WebSocket`-ponyfill",
        );
      ((this.urlOptions = t.urlOptions), (this.keepAliveOpts = t.keepAlive), (this.encoder = t.encoder));
    }
    get ws() {
      return this.wsObservable.get();
    }
    set ws(e) {
      this.wsObservable.next(e);
    }
    isOpen() {
      return !!this.ws && this.ws.readyState === this.WebSocketPonyfill.OPEN && !this.openPromise;
    }
    isClosed() {
      return (
        !!this.ws &&
        (this.ws.readyState === this.WebSocketPonyfill.CLOSING || this.ws.readyState === this.WebSocketPonyfill.CLOSED)
      );
    }
    async open() {
      if (this.openPromise) return this.openPromise;
      this.id = ++e.connectCount;
      let t = gt(this.urlOptions).then((e) => new this.WebSocketPonyfill(e));
      this.openPromise = t.then(async (e) => {
        ((this.ws = e),
          (e.binaryType = `arraybuffer`),
          e.addEventListener(`message`, function ({ data: e }) {
            e === `PING` && this.send(`PONG`);
          }),
          this.keepAliveOpts.enabled && xt(e, this.keepAliveOpts),
          e.addEventListener(`close`, () => {
            this.ws === e && (this.ws = null);
          }),
          await vt(e),
          this.urlOptions.connectionParams && e.send(await _t(this.urlOptions.connectionParams, this.encoder)));
      });
      try {
        await this.openPromise;
      } finally {
        this.openPromise = null;
      }
    }
    async close() {
      try {
        await this.openPromise;
      } finally {
        var e;
        (e = this.ws) == null || e.close();
      }
    }
  },
  `connectCount`,
  0,
);
var St = [`onStarted`, `onData`, `onError`, `onStopped`, `onComplete`, `onConnectionStateChange`],
  Ct = class {
    constructor(e) {
      (C(this, `links`, void 0),
        C(this, `runtime`, void 0),
        C(this, `requestId`, void 0),
        (this.requestId = 0),
        (this.runtime = {}),
        (this.links = e.links.map((e) => e(this.runtime))));
    }
    $request(e) {
      return v({ links: this.links, op: T(T({}, e), {}, { context: e.context ?? {}, id: ++this.requestId }) }).pipe(
        p(),
      );
    }
    async requestAsPromise(e) {
      try {
        return (await d(this.$request(e))).result.data;
      } catch (e) {
        throw qe.from(e);
      }
    }
    query(e, t, n) {
      return this.requestAsPromise({ type: `query`, path: e, input: t, context: n?.context, signal: n?.signal });
    }
    mutation(e, t, n) {
      return this.requestAsPromise({ type: `mutation`, path: e, input: t, context: n?.context, signal: n?.signal });
    }
    subscription(e, t, n = {}) {
      let r = St.some((e) => typeof n[e] == `function`),
        i = this.$request({ type: `subscription`, path: e, input: t, context: n.context, signal: n.signal });
      if (!r) {
        let e = f(
            l((e) =>
              i.subscribe({
                next(t) {
                  (t.result.type === `data` || t.result.type === void 0) && e.next(t.result.data);
                },
                error: (t) => e.error(t),
                complete: () => e.complete(),
              }),
            ),
            n.signal ?? new AbortController().signal,
          ),
          t = !1;
        return (
          (e[Symbol.asyncIterator] = () => {
            if (t) throw Error(`A subscription can only be iterated once. Call subscribe() again for another loop.`);
            return ((t = !0), e);
          }),
          e
        );
      }
      return i.subscribe({
        next(e) {
          switch (e.result.type) {
            case `state`:
              var t;
              (t = n.onConnectionStateChange) == null || t.call(n, e.result);
              break;
            case `started`:
              var r;
              (r = n.onStarted) == null || r.call(n, { context: e.context });
              break;
            case `stopped`:
              var i;
              (i = n.onStopped) == null || i.call(n);
              break;
            case `data`:
            case void 0:
              var a;
              (a = n.onData) == null || a.call(n, e.result.data);
          }
        },
        error(e) {
          var t;
          (t = n.onError) == null || t.call(n, e);
        },
        complete() {
          var e;
          (e = n.onComplete) == null || e.call(n);
        },
      });
    }
  },
  wt = Symbol.for(`trpc_untypedClient`),
  Tt = { query: `query`, mutate: `mutation`, subscribe: `subscription` },
  Et = (e) => Tt[e];
function Dt(e) {
  let t = ce(({ path: t, args: n }) => {
    let r = [...t],
      i = Et(r.pop()),
      a = r.join(`.`);
    return e[i](a, ...n);
  });
  return le((n) => (n === wt ? e : t[n]));
}
function Ot(e) {
  return Dt(new Ct(e));
}
function kt(e, t) {
  return !t || (e != null && typeof e != `object`) ? e : T(T({}, e ?? {}), {}, { lastEventId: t });
}
function At(e) {
  var t,
    n,
    r,
    i = 2;
  for (typeof Symbol < `u` && ((n = Symbol.asyncIterator), (r = Symbol.iterator)); i--;) {
    if (n && (t = e[n]) != null) return t.call(e);
    if (r && (t = e[r]) != null) return new A(t.call(e));
    ((n = `@@asyncIterator`), (r = `@@iterator`));
  }
  throw TypeError(`Object is not async iterable`);
}
function A(e) {
  function t(e) {
    if (Object(e) !== e) return Promise.reject(TypeError(e + ` is not an object.`));
    var t = e.done;
    return Promise.resolve(e.value).then(function (e) {
      return { value: e, done: t };
    });
  }
  return (
    (A = function (e) {
      ((this.s = e), (this.n = e.next));
    }),
    (A.prototype = {
      s: null,
      n: null,
      next: function () {
        return t(this.n.apply(this.s, arguments));
      },
      return: function (e) {
        var n = this.s.return;
        return n === void 0 ? Promise.resolve({ value: e, done: !0 }) : t(n.apply(this.s, arguments));
      },
      throw: function (e) {
        var n = this.s.return;
        return n === void 0 ? Promise.reject(e) : t(n.apply(this.s, arguments));
      },
    }),
    new A(e)
  );
}
async function jt(e) {
  let t = await mt(e.url);
  if (e.connectionParams) {
    let n = await mt(e.connectionParams),
      r = t.includes(`?`) ? `&` : `?`;
    t += r + `connectionParams=` + encodeURIComponent(JSON.stringify(n));
  }
  return t;
}
function Mt(e) {
  let t = Je(e.transformer),
    n = ye(e.pathSeparator);
  return () =>
    ({ op: r }) =>
      l((i) => {
        let { type: a, path: o, input: s } = r;
        if (a !== `subscription`) throw Error(`httpSubscriptionLink only supports subscriptions`);
        let c,
          l = new AbortController(),
          u = Ue({
            url: async () =>
              it({
                transformer: t,
                url: await jt(e),
                input: kt(s, c),
                path: o,
                pathSeparator: n,
                type: a,
                signal: null,
              }),
            init: () => mt(e.eventSourceOptions, { op: r }),
            signal: Qe(r.signal, l.signal),
            deserialize: (e) => t.output.deserialize(e),
            EventSource: e.EventSource ?? globalThis.EventSource,
          }),
          d = h({ type: `state`, state: `connecting`, error: null }),
          f = d.subscribe({
            next(e) {
              i.next({ result: e });
            },
          });
        return (
          ne(async () => {
            var e = !1,
              t = !1,
              n;
            try {
              for (var r = At(u), a; (e = !(a = await r.next()).done); e = !1) {
                let e = a.value;
                switch (e.type) {
                  case `ping`:
                    break;
                  case `data`:
                    let t = e.data,
                      n;
                    (t.id ? ((c = t.id), (n = { id: t.id, data: t })) : (n = { data: t.data }),
                      i.next({ result: n, context: { eventSource: e.eventSource } }));
                    break;
                  case `connected`:
                    (i.next({ result: { type: `started` }, context: { eventSource: e.eventSource } }),
                      d.next({ type: `state`, state: `pending`, error: null }));
                    break;
                  case `serialized-error`: {
                    let t = qe.from({ error: e.error });
                    if (ie.includes(e.error.code)) {
                      d.next({ type: `state`, state: `connecting`, error: t });
                      break;
                    }
                    throw t;
                  }
                  case `connecting`: {
                    let t = d.get(),
                      n = e.event && qe.from(e.event);
                    if (!n && t.state === `connecting`) break;
                    d.next({ type: `state`, state: `connecting`, error: n });
                    break;
                  }
                  case `timeout`:
                    d.next({
                      type: `state`,
                      state: `connecting`,
                      error: new qe(`Timeout of ${e.ms}ms reached while waiting for a response`),
                    });
                }
              }
            } catch (e) {
              ((t = !0), (n = e));
            } finally {
              try {
                e && r.return != null && (await r.return());
              } finally {
                if (t) throw n;
              }
            }
            (i.next({ result: { type: `stopped` } }),
              d.next({ type: `state`, state: `idle`, error: null }),
              i.complete());
          }).catch((e) => {
            i.error(qe.from(e));
          }),
          () => {
            (i.complete(), l.abort(), f.unsubscribe());
          }
        );
      });
}
function Nt(e, t) {
  ((this.v = e), (this.k = t));
}
function Pt(e) {
  var t, n;
  function r(t, n) {
    try {
      var a = e[t](n),
        o = a.value,
        s = o instanceof Nt;
      Promise.resolve(s ? o.v : o).then(
        function (n) {
          if (s) {
            var c = t === `return` ? `return` : `next`;
            if (!o.k || n.done) return r(c, n);
            n = e[c](n).value;
          }
          i(a.done ? `return` : `normal`, n);
        },
        function (e) {
          r(`throw`, e);
        },
      );
    } catch (e) {
      i(`throw`, e);
    }
  }
  function i(e, i) {
    switch (e) {
      case `return`:
        t.resolve({ value: i, done: !0 });
        break;
      case `throw`:
        t.reject(i);
        break;
      default:
        t.resolve({ value: i, done: !1 });
    }
    (t = t.next) ? r(t.key, t.arg) : (n = null);
  }
  ((this._invoke = function (e, i) {
    return new Promise(function (a, o) {
      var s = { key: e, arg: i, resolve: a, reject: o, next: null };
      n ? (n = n.next = s) : ((t = n = s), r(e, i));
    });
  }),
    typeof e.return != `function` && (this.return = void 0));
}
((Pt.prototype[(typeof Symbol == `function` && Symbol.asyncIterator) || `@@asyncIterator`] = function () {
  return this;
}),
  (Pt.prototype.next = function (e) {
    return this._invoke(`next`, e);
  }),
  (Pt.prototype.throw = function (e) {
    return this._invoke(`throw`, e);
  }),
  (Pt.prototype.return = function (e) {
    return this._invoke(`return`, e);
  }));
var Ft = class extends Error {
    constructor(e, t) {
      (super(e),
        (this.name = `ParseError`),
        (this.type = t.type),
        (this.field = t.field),
        (this.value = t.value),
        (this.line = t.line));
    }
  },
  It = 10,
  Lt = 13,
  Rt = 32;
function zt(e) {}
function Bt(e) {
  if (typeof e == `function`)
    throw TypeError("`config` must be an object, got a function instead. Did you mean `createParser({onEvent: fn})`?");
  let { onEvent: t = zt, onError: n = zt, onRetry: r = zt, onComment: i, maxBufferSize: a } = e,
    o = [],
    s = 0,
    c = !0,
    l,
    u = ``,
    d = 0,
    f,
    p = !1;
  function m(e) {
    if (p)
      throw Error(
        "Cannot feed parser: it was terminated after exceeding the configured max buffer size. Call `reset()` to resume parsing.",
      );
    if (
      (c &&
        ((c = !1), e.charCodeAt(0) === 239 && e.charCodeAt(1) === 187 && e.charCodeAt(2) === 191 && (e = e.slice(3))),
      o.length === 0)
    ) {
      let t = g(e);
      (t !== `` && (o.push(t), (s = t.length)), h());
      return;
    }
    if (
      e.indexOf(`
`) === -1 &&
      e.indexOf(`\r`) === -1
    ) {
      (o.push(e), (s += e.length), h());
      return;
    }
    o.push(e);
    let t = o.join(``);
    ((o.length = 0), (s = 0));
    let n = g(t);
    (n !== `` && (o.push(n), (s = n.length)), h());
  }
  function h() {
    a !== void 0 &&
      (s + u.length <= a ||
        ((p = !0),
        (o.length = 0),
        (s = 0),
        (l = void 0),
        (u = ``),
        (d = 0),
        (f = void 0),
        n(new Ft(`Buffered data exceeded max buffer size of ${a} characters`, { type: `max-buffer-size-exceeded` }))));
  }
  function g(e) {
    let n = 0;
    if (e.indexOf(`\r`) === -1) {
      let r = e.indexOf(
        `
`,
        n,
      );
      for (; r !== -1;) {
        if (n === r) {
          (d > 0 && t({ id: l, event: f, data: u }),
            (l = void 0),
            (u = ``),
            (d = 0),
            (f = void 0),
            (n = r + 1),
            (r = e.indexOf(
              `
`,
              n,
            )));
          continue;
        }
        let i = e.charCodeAt(n);
        if (Vt(e, n, i)) {
          let i = e.charCodeAt(n + 5) === Rt ? n + 6 : n + 5,
            a = e.slice(i, r);
          if (d === 0 && e.charCodeAt(r + 1) === It) {
            (t({ id: l, event: f, data: a }),
              (l = void 0),
              (u = ``),
              (f = void 0),
              (n = r + 2),
              (r = e.indexOf(
                `
`,
                n,
              )));
            continue;
          }
          ((u =
            d === 0
              ? a
              : `${u}
${a}`),
            d++);
        } else Ht(e, n, i) ? (f = e.slice(e.charCodeAt(n + 6) === Rt ? n + 7 : n + 6, r) || void 0) : _(e, n, r);
        ((n = r + 1),
          (r = e.indexOf(
            `
`,
            n,
          )));
      }
      return e.slice(n);
    }
    for (; n < e.length;) {
      let t = e.indexOf(`\r`, n),
        r = e.indexOf(
          `
`,
          n,
        ),
        i = -1;
      if (
        (t !== -1 && r !== -1
          ? (i = t < r ? t : r)
          : t === -1
            ? r !== -1 && (i = r)
            : (i = t === e.length - 1 ? -1 : t),
        i === -1)
      )
        break;
      (_(e, n, i), (n = i + 1), e.charCodeAt(n - 1) === Lt && e.charCodeAt(n) === It && n++);
    }
    return e.slice(n);
  }
  function _(e, t, n) {
    if (t === n) {
      y();
      return;
    }
    let r = e.charCodeAt(t);
    if (Vt(e, t, r)) {
      let r = e.charCodeAt(t + 5) === Rt ? t + 6 : t + 5,
        i = e.slice(r, n);
      ((u =
        d === 0
          ? i
          : `${u}
${i}`),
        d++);
      return;
    }
    if (Ht(e, t, r)) {
      f = e.slice(e.charCodeAt(t + 6) === Rt ? t + 7 : t + 6, n) || void 0;
      return;
    }
    if (r === 105 && e.charCodeAt(t + 1) === 100 && e.charCodeAt(t + 2) === 58) {
      let r = e.slice(e.charCodeAt(t + 3) === Rt ? t + 4 : t + 3, n);
      r.includes(`\0`) || (l = r);
      return;
    }
    if (r === 58) {
      if (i) {
        let r = e.slice(t, n);
        i(r.slice(e.charCodeAt(t + 1) === Rt ? 2 : 1));
      }
      return;
    }
    let a = e.slice(t, n),
      o = a.indexOf(`:`);
    if (o === -1) {
      v(a, ``, a);
      return;
    }
    let s = a.slice(0, o),
      c = a.charCodeAt(o + 1) === Rt ? 2 : 1;
    v(s, a.slice(o + c), a);
  }
  function v(e, t, i) {
    switch (e) {
      case `event`:
        f = t || void 0;
        break;
      case `data`:
        ((u =
          d === 0
            ? t
            : `${u}
${t}`),
          d++);
        break;
      case `id`:
        t.includes(`\0`) || (l = t);
        break;
      case `retry`:
        /^\d+$/.test(t)
          ? r(parseInt(t, 10))
          : n(new Ft(`Invalid \`retry\` value: "${t}"`, { type: `invalid-retry`, value: t, line: i }));
        break;
      default:
        n(
          new Ft(`Unknown field "${e.length > 20 ? `${e.slice(0, 20)}\u2026` : e}"`, {
            type: `unknown-field`,
            field: e,
            value: t,
            line: i,
          }),
        );
    }
  }
  function y() {
    (d > 0 && t({ id: l, event: f, data: u }), (l = void 0), (u = ``), (d = 0), (f = void 0));
  }
  function b(e = {}) {
    if (e.consume && o.length > 0) {
      let e = o.join(``);
      _(e, 0, e.length);
    }
    ((c = !0), (l = void 0), (u = ``), (d = 0), (f = void 0), (o.length = 0), (s = 0), (p = !1));
  }
  return { feed: m, reset: b };
}
function Vt(e, t, n) {
  return (
    n === 100 &&
    e.charCodeAt(t + 1) === 97 &&
    e.charCodeAt(t + 2) === 116 &&
    e.charCodeAt(t + 3) === 97 &&
    e.charCodeAt(t + 4) === 58
  );
}
function Ht(e, t, n) {
  return (
    n === 101 &&
    e.charCodeAt(t + 1) === 118 &&
    e.charCodeAt(t + 2) === 101 &&
    e.charCodeAt(t + 3) === 110 &&
    e.charCodeAt(t + 4) === 116 &&
    e.charCodeAt(t + 5) === 58
  );
}
var Ut = class extends Event {
  constructor(e, t) {
    (super(e), (this.code = t?.code ?? void 0), (this.message = t?.message ?? void 0));
  }
  [Symbol.for(`nodejs.util.inspect.custom`)](e, t, n) {
    return n(Kt(this), t);
  }
  [Symbol.for(`Deno.customInspect`)](e, t) {
    return e(Kt(this), t);
  }
};
function Wt(e) {
  let t = globalThis.DOMException;
  return typeof t == `function` ? new t(e, `SyntaxError`) : SyntaxError(e);
}
function Gt(e) {
  return e instanceof Error
    ? `errors` in e && Array.isArray(e.errors)
      ? e.errors.map(Gt).join(`, `)
      : `cause` in e && e.cause instanceof Error
        ? `${e}: ${Gt(e.cause)}`
        : e.message
    : `${e}`;
}
function Kt(e) {
  return {
    type: e.type,
    message: e.message,
    code: e.code,
    defaultPrevented: e.defaultPrevented,
    cancelable: e.cancelable,
    timeStamp: e.timeStamp,
  };
}
var qt = (e) => {
    throw TypeError(e);
  },
  Jt = (e, t, n) => t.has(e) || qt(`Cannot ` + n),
  j = (e, t, n) => (Jt(e, t, `read from private field`), n ? n.call(e) : t.get(e)),
  Yt = (e, t, n) =>
    t.has(e) ? qt(`Cannot add the same private member more than once`) : t instanceof WeakSet ? t.add(e) : t.set(e, n),
  M = (e, t, n, r) => (Jt(e, t, `write to private field`), t.set(e, n), n),
  Xt = (e, t, n) => (Jt(e, t, `access private method`), n),
  Zt,
  N,
  Qt,
  $t,
  en,
  tn,
  nn,
  rn,
  an,
  on,
  sn,
  cn,
  ln,
  un,
  dn,
  fn,
  pn,
  mn,
  hn,
  gn,
  _n,
  vn,
  yn,
  bn = class extends EventTarget {
    constructor(e, t) {
      (super(),
        Yt(this, un),
        (this.CONNECTING = 0),
        (this.OPEN = 1),
        (this.CLOSED = 2),
        Yt(this, Zt),
        Yt(this, N),
        Yt(this, Qt),
        Yt(this, $t),
        Yt(this, en),
        Yt(this, tn),
        Yt(this, nn),
        Yt(this, rn, null),
        Yt(this, an),
        Yt(this, on),
        Yt(this, sn, null),
        Yt(this, cn, null),
        Yt(this, ln, null),
        Yt(this, fn, async (e) => {
          var t;
          j(this, on).reset();
          let { body: n, redirected: r, status: i, headers: a } = e;
          if (i === 204) {
            (Xt(this, un, _n).call(this, `Server sent HTTP 204, not reconnecting`, 204), this.close());
            return;
          }
          if ((r ? M(this, Qt, new URL(e.url)) : M(this, Qt, void 0), i !== 200)) {
            Xt(this, un, _n).call(this, `Non-200 status code (${i})`, i);
            return;
          }
          if (!(a.get(`content-type`) || ``).startsWith(`text/event-stream`)) {
            Xt(this, un, _n).call(this, `Invalid content type, expected "text/event-stream"`, i);
            return;
          }
          if (j(this, Zt) === this.CLOSED) return;
          M(this, Zt, this.OPEN);
          let o = new Event(`open`);
          if (
            ((t = j(this, ln)) == null || t.call(this, o),
            this.dispatchEvent(o),
            typeof n != `object` || !n || !(`getReader` in n))
          ) {
            (Xt(this, un, _n).call(this, `Invalid response body, expected a web ReadableStream`, i), this.close());
            return;
          }
          let s = new TextDecoder(),
            c = n.getReader(),
            l = !0;
          do {
            let { done: e, value: t } = await c.read();
            (t && j(this, on).feed(s.decode(t, { stream: !e })),
              e && ((l = !1), j(this, on).reset(), Xt(this, un, vn).call(this)));
          } while (l);
        }),
        Yt(this, pn, (e) => {
          (M(this, an, void 0), e.name !== `AbortError` && e.type !== `aborted` && Xt(this, un, vn).call(this, Gt(e)));
        }),
        Yt(this, hn, (e) => {
          typeof e.id == `string` && M(this, rn, e.id);
          let t = new MessageEvent(e.event || `message`, {
            data: e.data,
            origin: j(this, Qt) ? j(this, Qt).origin : j(this, N).origin,
            lastEventId: e.id || ``,
          });
          (j(this, cn) && (!e.event || e.event === `message`) && j(this, cn).call(this, t), this.dispatchEvent(t));
        }),
        Yt(this, gn, (e) => {
          M(this, tn, e);
        }),
        Yt(this, yn, () => {
          (M(this, nn, void 0), j(this, Zt) === this.CONNECTING && Xt(this, un, dn).call(this));
        }));
      try {
        if (e instanceof URL) M(this, N, e);
        else if (typeof e == `string`) M(this, N, new URL(e, xn()));
        else throw Error(`Invalid URL`);
      } catch {
        throw Wt(`An invalid or illegal string was specified`);
      }
      (M(this, on, Bt({ onEvent: j(this, hn), onRetry: j(this, gn) })),
        M(this, Zt, this.CONNECTING),
        M(this, tn, 3e3),
        M(this, en, t?.fetch ?? globalThis.fetch),
        M(this, $t, t?.withCredentials ?? !1),
        Xt(this, un, dn).call(this));
    }
    get readyState() {
      return j(this, Zt);
    }
    get url() {
      return j(this, N).href;
    }
    get withCredentials() {
      return j(this, $t);
    }
    get onerror() {
      return j(this, sn);
    }
    set onerror(e) {
      M(this, sn, e);
    }
    get onmessage() {
      return j(this, cn);
    }
    set onmessage(e) {
      M(this, cn, e);
    }
    get onopen() {
      return j(this, ln);
    }
    set onopen(e) {
      M(this, ln, e);
    }
    addEventListener(e, t, n) {
      let r = t;
      super.addEventListener(e, r, n);
    }
    removeEventListener(e, t, n) {
      let r = t;
      super.removeEventListener(e, r, n);
    }
    close() {
      (j(this, nn) && clearTimeout(j(this, nn)),
        j(this, Zt) !== this.CLOSED &&
          (j(this, an) && j(this, an).abort(), M(this, Zt, this.CLOSED), M(this, an, void 0)));
    }
  };
((Zt = new WeakMap()),
  (N = new WeakMap()),
  (Qt = new WeakMap()),
  ($t = new WeakMap()),
  (en = new WeakMap()),
  (tn = new WeakMap()),
  (nn = new WeakMap()),
  (rn = new WeakMap()),
  (an = new WeakMap()),
  (on = new WeakMap()),
  (sn = new WeakMap()),
  (cn = new WeakMap()),
  (ln = new WeakMap()),
  (un = new WeakSet()),
  (dn = function () {
    (M(this, Zt, this.CONNECTING),
      M(this, an, new AbortController()),
      j(this, en)(j(this, N), Xt(this, un, mn).call(this))
        .then(j(this, fn))
        .catch(j(this, pn)));
  }),
  (fn = new WeakMap()),
  (pn = new WeakMap()),
  (mn = function () {
    let e = {
      mode: `cors`,
      redirect: `follow`,
      headers: { Accept: `text/event-stream`, ...(j(this, rn) ? { "Last-Event-ID": j(this, rn) } : void 0) },
      cache: `no-store`,
      signal: j(this, an)?.signal,
    };
    return (`window` in globalThis && (e.credentials = this.withCredentials ? `include` : `same-origin`), e);
  }),
  (hn = new WeakMap()),
  (gn = new WeakMap()),
  (_n = function (e, t) {
    var n;
    j(this, Zt) !== this.CLOSED && M(this, Zt, this.CLOSED);
    let r = new Ut(`error`, { code: t, message: e });
    ((n = j(this, sn)) == null || n.call(this, r), this.dispatchEvent(r));
  }),
  (vn = function (e, t) {
    var n;
    if (j(this, Zt) === this.CLOSED) return;
    M(this, Zt, this.CONNECTING);
    let r = new Ut(`error`, { code: t, message: e });
    ((n = j(this, sn)) == null || n.call(this, r),
      this.dispatchEvent(r),
      M(this, nn, setTimeout(j(this, yn), j(this, tn))));
  }),
  (yn = new WeakMap()),
  (bn.CONNECTING = 0),
  (bn.OPEN = 1),
  (bn.CLOSED = 2));
function xn() {
  let e = `document` in globalThis ? globalThis.document : void 0;
  return e && typeof e == `object` && `baseURI` in e && typeof e.baseURI == `string` ? e.baseURI : void 0;
}
var Sn = class {
    constructor() {
      ((this.keyToValue = new Map()), (this.valueToKey = new Map()));
    }
    set(e, t) {
      (this.keyToValue.set(e, t), this.valueToKey.set(t, e));
    }
    getByKey(e) {
      return this.keyToValue.get(e);
    }
    getByValue(e) {
      return this.valueToKey.get(e);
    }
    clear() {
      (this.keyToValue.clear(), this.valueToKey.clear());
    }
  },
  Cn = class {
    constructor(e) {
      ((this.generateIdentifier = e), (this.kv = new Sn()));
    }
    register(e, t) {
      this.kv.getByValue(e) || ((t ||= this.generateIdentifier(e)), this.kv.set(t, e));
    }
    clear() {
      this.kv.clear();
    }
    getIdentifier(e) {
      return this.kv.getByValue(e);
    }
    getValue(e) {
      return this.kv.getByKey(e);
    }
  },
  wn = class extends Cn {
    constructor() {
      (super((e) => e.name), (this.classToAllowedProps = new Map()));
    }
    register(e, t) {
      typeof t == `object`
        ? (t.allowProps && this.classToAllowedProps.set(e, t.allowProps), super.register(e, t.identifier))
        : super.register(e, t);
    }
    getAllowedProps(e) {
      return this.classToAllowedProps.get(e);
    }
  };
function Tn(e) {
  if (`values` in Object) return Object.values(e);
  let t = [];
  for (let n in e) e.hasOwnProperty(n) && t.push(e[n]);
  return t;
}
function En(e, t) {
  let n = Tn(e);
  if (`find` in n) return n.find(t);
  let r = n;
  for (let e = 0; e < r.length; e++) {
    let n = r[e];
    if (t(n)) return n;
  }
}
function Dn(e, t) {
  Object.entries(e).forEach(([e, n]) => t(n, e));
}
function On(e, t) {
  return e.indexOf(t) !== -1;
}
function kn(e, t) {
  for (let n = 0; n < e.length; n++) {
    let r = e[n];
    if (t(r)) return r;
  }
}
var An = class {
    constructor() {
      this.transfomers = {};
    }
    register(e) {
      this.transfomers[e.name] = e;
    }
    findApplicable(e) {
      return En(this.transfomers, (t) => t.isApplicable(e));
    }
    findByName(e) {
      return this.transfomers[e];
    }
  },
  jn = (e) => Object.prototype.toString.call(e).slice(8, -1),
  Mn = (e) => e === void 0,
  Nn = (e) => e === null,
  Pn = (e) =>
    typeof e != `object` || !e || e === Object.prototype
      ? !1
      : Object.getPrototypeOf(e) === null || Object.getPrototypeOf(e) === Object.prototype,
  Fn = (e) => Pn(e) && Object.keys(e).length === 0,
  In = (e) => Array.isArray(e),
  Ln = (e) => typeof e == `string`,
  Rn = (e) => typeof e == `number` && !isNaN(e),
  zn = (e) => typeof e == `boolean`,
  Bn = (e) => e instanceof RegExp,
  Vn = (e) => e instanceof Map,
  Hn = (e) => e instanceof Set,
  Un = (e) => jn(e) === `Symbol`,
  Wn = (e) => e instanceof Date && !isNaN(e.valueOf()),
  Gn = (e) => e instanceof Error,
  Kn = (e) => typeof e == `number` && isNaN(e),
  qn = (e) => zn(e) || Nn(e) || Mn(e) || Rn(e) || Ln(e) || Un(e),
  Jn = (e) => typeof e == `bigint`,
  Yn = (e) => e === 1 / 0 || e === -1 / 0,
  Xn = (e) => ArrayBuffer.isView(e) && !(e instanceof DataView),
  Zn = (e) => e instanceof URL,
  Qn = (e) => e.replace(/\\/g, `\\\\`).replace(/\./g, `\\.`),
  $n = (e) => e.map(String).map(Qn).join(`.`),
  er = (e, t) => {
    let n = [],
      r = ``;
    for (let i = 0; i < e.length; i++) {
      let a = e.charAt(i);
      if (!t && a === `\\`) {
        let t = e.charAt(i + 1);
        if (t === `\\`) {
          ((r += `\\`), i++);
          continue;
        }
        if (t !== `.`) throw Error(`invalid path`);
      }
      a === `\\` && e.charAt(i + 1) === `.` ? ((r += `.`), i++) : a === `.` ? (n.push(r), (r = ``)) : (r += a);
    }
    let i = r;
    return (n.push(i), n);
  };
function tr(e, t, n, r) {
  return { isApplicable: e, annotation: t, transform: n, untransform: r };
}
var nr = [
  tr(
    Mn,
    `undefined`,
    () => null,
    () => void 0,
  ),
  tr(
    Jn,
    `bigint`,
    (e) => e.toString(),
    (e) => (typeof BigInt < `u` ? BigInt(e) : (console.error(`Please add a BigInt polyfill.`), e)),
  ),
  tr(
    Wn,
    `Date`,
    (e) => e.toISOString(),
    (e) => new Date(e),
  ),
  tr(
    Gn,
    `Error`,
    (e, t) => {
      let n = { name: e.name, message: e.message };
      return (
        `cause` in e && (n.cause = e.cause),
        t.allowedErrorProps.forEach((t) => {
          n[t] = e[t];
        }),
        n
      );
    },
    (e, t) => {
      let n = Error(e.message, { cause: e.cause });
      return (
        (n.name = e.name),
        (n.stack = e.stack),
        t.allowedErrorProps.forEach((t) => {
          n[t] = e[t];
        }),
        n
      );
    },
  ),
  tr(
    Bn,
    `regexp`,
    (e) => `` + e,
    (e) => {
      let t = e.slice(1, e.lastIndexOf(`/`)),
        n = e.slice(e.lastIndexOf(`/`) + 1);
      return new RegExp(t, n);
    },
  ),
  tr(
    Hn,
    `set`,
    (e) => [...e.values()],
    (e) => new Set(e),
  ),
  tr(
    Vn,
    `map`,
    (e) => [...e.entries()],
    (e) => new Map(e),
  ),
  tr(
    (e) => Kn(e) || Yn(e),
    `number`,
    (e) => (Kn(e) ? `NaN` : e > 0 ? `Infinity` : `-Infinity`),
    Number,
  ),
  tr(
    (e) => e === 0 && 1 / e == -1 / 0,
    `number`,
    () => `-0`,
    Number,
  ),
  tr(
    Zn,
    `URL`,
    (e) => e.toString(),
    (e) => new URL(e),
  ),
];
function rr(e, t, n, r) {
  return { isApplicable: e, annotation: t, transform: n, untransform: r };
}
var ir = rr(
    (e, t) => (Un(e) ? !!t.symbolRegistry.getIdentifier(e) : !1),
    (e, t) => [`symbol`, t.symbolRegistry.getIdentifier(e)],
    (e) => e.description,
    (e, t, n) => {
      let r = n.symbolRegistry.getValue(t[1]);
      if (!r) throw Error(`Trying to deserialize unknown symbol`);
      return r;
    },
  ),
  ar = [
    Int8Array,
    Uint8Array,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    Uint8ClampedArray,
  ].reduce((e, t) => ((e[t.name] = t), e), {}),
  or = rr(
    Xn,
    (e) => [`typed-array`, e.constructor.name],
    (e) => [...e],
    (e, t) => {
      let n = ar[t[1]];
      if (!n) throw Error(`Trying to deserialize unknown typed array`);
      return new n(e);
    },
  );
function sr(e, t) {
  return e?.constructor ? !!t.classRegistry.getIdentifier(e.constructor) : !1;
}
var cr = rr(
    sr,
    (e, t) => [`class`, t.classRegistry.getIdentifier(e.constructor)],
    (e, t) => {
      let n = t.classRegistry.getAllowedProps(e.constructor);
      if (!n) return { ...e };
      let r = {};
      return (
        n.forEach((t) => {
          r[t] = e[t];
        }),
        r
      );
    },
    (e, t, n) => {
      let r = n.classRegistry.getValue(t[1]);
      if (!r)
        throw Error(
          `Trying to deserialize unknown class '${t[1]}' - check https://github.com/blitz-js/superjson/issues/116#issuecomment-773996564`,
        );
      return Object.assign(Object.create(r.prototype), e);
    },
  ),
  lr = rr(
    (e, t) => !!t.customTransformerRegistry.findApplicable(e),
    (e, t) => [`custom`, t.customTransformerRegistry.findApplicable(e).name],
    (e, t) => t.customTransformerRegistry.findApplicable(e).serialize(e),
    (e, t, n) => {
      let r = n.customTransformerRegistry.findByName(t[1]);
      if (!r) throw Error(`Trying to deserialize unknown custom value`);
      return r.deserialize(e);
    },
  ),
  ur = [cr, ir, lr, or],
  dr = (e, t) => {
    let n = kn(ur, (n) => n.isApplicable(e, t));
    if (n) return { value: n.transform(e, t), type: n.annotation(e, t) };
    let r = kn(nr, (n) => n.isApplicable(e, t));
    if (r) return { value: r.transform(e, t), type: r.annotation };
  },
  fr = {};
nr.forEach((e) => {
  fr[e.annotation] = e;
});
var pr = (e, t, n) => {
    if (In(t))
      switch (t[0]) {
        case `symbol`:
          return ir.untransform(e, t, n);
        case `class`:
          return cr.untransform(e, t, n);
        case `custom`:
          return lr.untransform(e, t, n);
        case `typed-array`:
          return or.untransform(e, t, n);
        default:
          throw Error(`Unknown transformation: ` + t);
      }
    else {
      let r = fr[t];
      if (!r) throw Error(`Unknown transformation: ` + t);
      return r.untransform(e, n);
    }
  },
  mr = (e, t) => {
    if (t > e.size) throw Error(`index out of bounds`);
    let n = e.keys();
    for (; t > 0;) (n.next(), t--);
    return n.next().value;
  };
function hr(e) {
  if (On(e, `__proto__`)) throw Error(`__proto__ is not allowed as a property`);
  if (On(e, `prototype`)) throw Error(`prototype is not allowed as a property`);
  if (On(e, `constructor`)) throw Error(`constructor is not allowed as a property`);
}
var gr = (e, t) => {
    hr(t);
    for (let n = 0; n < t.length; n++) {
      let r = t[n];
      if (Hn(e)) e = mr(e, +r);
      else if (Vn(e)) {
        let i = +r,
          a = +t[++n] == 0 ? `key` : `value`,
          o = mr(e, i);
        switch (a) {
          case `key`:
            e = o;
            break;
          case `value`:
            e = e.get(o);
        }
      } else e = e[r];
    }
    return e;
  },
  _r = (e, t, n) => {
    if ((hr(t), t.length === 0)) return n(e);
    let r = e;
    for (let e = 0; e < t.length - 1; e++) {
      let n = t[e];
      if (In(r)) {
        let e = +n;
        r = r[e];
      } else if (Pn(r)) r = r[n];
      else if (Hn(r)) {
        let e = +n;
        r = mr(r, e);
      } else if (Vn(r)) {
        if (e === t.length - 2) break;
        let i = +n,
          a = +t[++e] == 0 ? `key` : `value`,
          o = mr(r, i);
        switch (a) {
          case `key`:
            r = o;
            break;
          case `value`:
            r = r.get(o);
        }
      }
    }
    let i = t[t.length - 1];
    if ((In(r) ? (r[+i] = n(r[+i])) : Pn(r) && (r[i] = n(r[i])), Hn(r))) {
      let e = mr(r, +i),
        t = n(e);
      e !== t && (r.delete(e), r.add(t));
    }
    if (Vn(r)) {
      let e = +t[t.length - 2],
        a = mr(r, e);
      switch (+i == 0 ? `key` : `value`) {
        case `key`: {
          let e = n(a);
          (r.set(e, r.get(a)), e !== a && r.delete(a));
          break;
        }
        case `value`:
          r.set(a, n(r.get(a)));
      }
    }
    return e;
  },
  vr = (e) => e < 1;
function yr(e, t, n, r = []) {
  if (!e) return;
  let i = vr(n);
  if (!In(e)) {
    Dn(e, (e, a) => yr(e, t, n, [...r, ...er(a, i)]));
    return;
  }
  let [a, o] = e;
  (o &&
    Dn(o, (e, a) => {
      yr(e, t, n, [...r, ...er(a, i)]);
    }),
    t(a, r));
}
function br(e, t, n, r) {
  return (
    yr(
      t,
      (t, n) => {
        e = _r(e, n, (e) => pr(e, t, r));
      },
      n,
    ),
    e
  );
}
function xr(e, t, n) {
  let r = vr(n);
  function i(t, n) {
    let i = gr(e, er(n, r));
    t.map((e) => er(e, r)).forEach((t) => {
      e = _r(e, t, () => i);
    });
  }
  if (In(t)) {
    let [n, a] = t;
    (n.forEach((t) => {
      e = _r(e, er(t, r), () => e);
    }),
      a && Dn(a, i));
  } else Dn(t, i);
  return e;
}
var Sr = (e, t) => Pn(e) || In(e) || Vn(e) || Hn(e) || Gn(e) || sr(e, t);
function Cr(e, t, n) {
  let r = n.get(e);
  r ? r.push(t) : n.set(e, [t]);
}
function wr(e, t) {
  let n = {},
    r;
  return (
    e.forEach((e) => {
      if (e.length <= 1) return;
      t || (e = e.map((e) => e.map(String)).sort((e, t) => e.length - t.length));
      let [i, ...a] = e;
      i.length === 0 ? (r = a.map($n)) : (n[$n(i)] = a.map($n));
    }),
    r ? (Fn(n) ? [r] : [r, n]) : Fn(n) ? void 0 : n
  );
}
var Tr = (e, t, n, r, i = [], a = [], o = new Map()) => {
  let s = qn(e);
  if (!s) {
    Cr(e, i, t);
    let n = o.get(e);
    if (n) return r ? { transformedValue: null } : n;
  }
  if (!Sr(e, n)) {
    let t = dr(e, n),
      r = t ? { transformedValue: t.value, annotations: [t.type] } : { transformedValue: e };
    return (s || o.set(e, r), r);
  }
  if (On(a, e)) return { transformedValue: null };
  let c = dr(e, n),
    l = c?.value ?? e,
    u = In(l) ? [] : {},
    d = {};
  Dn(l, (s, c) => {
    if (c === `__proto__` || c === `constructor` || c === `prototype`)
      throw Error(`Detected property ${c}. This is a prototype pollution risk, please remove it from your object.`);
    let l = Tr(s, t, n, r, [...i, c], [...a, e], o);
    ((u[c] = l.transformedValue),
      In(l.annotations)
        ? (d[Qn(c)] = l.annotations)
        : Pn(l.annotations) &&
          Dn(l.annotations, (e, t) => {
            d[Qn(c) + `.` + t] = e;
          }));
  });
  let f = Fn(d)
    ? { transformedValue: u, annotations: c ? [c.type] : void 0 }
    : { transformedValue: u, annotations: c ? [c.type, d] : d };
  return (s || o.set(e, f), f);
};
function Er(e, t, n, r) {
  Object.prototype.propertyIsEnumerable.call(r, t)
    ? (e[t] = n)
    : Object.defineProperty(e, t, { value: n, enumerable: !1, writable: !0, configurable: !0 });
}
function Dr(e) {
  return Object.getPrototypeOf(e) === Object.prototype && Object.prototype.toString.call(e) === `[object Object]`;
}
function Or(e, t, n, r) {
  if (typeof e != `object` || !e) return e;
  let i = Array.isArray(e);
  if (!i && !Dr(e)) return e;
  let a = t.get(e);
  if (a !== void 0) return a;
  let o = i ? Array(e.length) : {};
  return (t.set(e, o), n.push(e), r.push(o), o);
}
function kr(e, t = {}) {
  if (typeof e != `object` || !e) return e;
  let n = new Map(),
    r = [],
    i = [],
    a = Or(e, n, r, i),
    o = Array.isArray(t.props) ? t.props : void 0,
    s = t.nonenumerable === !0;
  for (; r.length;) {
    let e = r.pop(),
      t = i.pop();
    if (Array.isArray(e)) for (let a = 0; a < e.length; a++) a in e && (t[a] = Or(e[a], n, r, i));
    else {
      if (s)
        for (let a of Object.getOwnPropertyNames(e))
          a !== `__proto__` && (!o || o.includes(a)) && Er(t, a, Or(e[a], n, r, i), e);
      else
        for (let a in e)
          Object.prototype.hasOwnProperty.call(e, a) &&
            a !== `__proto__` &&
            (!o || o.includes(a)) &&
            (t[a] = Or(e[a], n, r, i));
      for (let a of Object.getOwnPropertySymbols(e))
        (!o || o.includes(a)) &&
          (s || Object.prototype.propertyIsEnumerable.call(e, a)) &&
          Er(t, a, Or(e[a], n, r, i), e);
    }
  }
  return a;
}
var P = class {
  constructor({ dedupe: e = !1 } = {}) {
    ((this.classRegistry = new wn()),
      (this.symbolRegistry = new Cn((e) => e.description ?? ``)),
      (this.customTransformerRegistry = new An()),
      (this.allowedErrorProps = []),
      (this.dedupe = e));
  }
  serialize(e) {
    let t = new Map(),
      n = Tr(e, t, this, this.dedupe),
      r = { json: n.transformedValue };
    n.annotations && (r.meta = { ...r.meta, values: n.annotations });
    let i = wr(t, this.dedupe);
    return (i && (r.meta = { ...r.meta, referentialEqualities: i }), r.meta && (r.meta.v = 1), r);
  }
  deserialize(e, t) {
    let { json: n, meta: r } = e,
      i = t?.inPlace ? n : kr(n);
    return (
      r?.values && (i = br(i, r.values, r.v ?? 0, this)),
      r?.referentialEqualities && (i = xr(i, r.referentialEqualities, r.v ?? 0)),
      i
    );
  }
  stringify(e) {
    return JSON.stringify(this.serialize(e));
  }
  parse(e) {
    return this.deserialize(JSON.parse(e), { inPlace: !0 });
  }
  registerClass(e, t) {
    this.classRegistry.register(e, t);
  }
  registerSymbol(e, t) {
    this.symbolRegistry.register(e, t);
  }
  registerCustom(e, t) {
    this.customTransformerRegistry.register({ name: t, ...e });
  }
  allowErrorProps(...e) {
    this.allowedErrorProps.push(...e);
  }
};
((P.defaultInstance = new P()),
  (P.serialize = P.defaultInstance.serialize.bind(P.defaultInstance)),
  (P.deserialize = P.defaultInstance.deserialize.bind(P.defaultInstance)),
  (P.stringify = P.defaultInstance.stringify.bind(P.defaultInstance)),
  (P.parse = P.defaultInstance.parse.bind(P.defaultInstance)),
  (P.registerClass = P.defaultInstance.registerClass.bind(P.defaultInstance)),
  (P.registerSymbol = P.defaultInstance.registerSymbol.bind(P.defaultInstance)),
  (P.registerCustom = P.defaultInstance.registerCustom.bind(P.defaultInstance)),
  (P.allowErrorProps = P.defaultInstance.allowErrorProps.bind(P.defaultInstance)),
  P.serialize,
  P.deserialize,
  P.stringify,
  P.parse,
  P.registerClass,
  P.registerCustom,
  P.registerSymbol,
  P.allowErrorProps);
function Ar(e) {
  let t = `${e.url.replace(/\/+$/, ``)}/trpc`,
    n = e.token ? { authorization: `Bearer ${e.token}` } : void 0,
    r = e.fetch ?? globalThis.fetch;
  return Ot({
    links: [
      b({
        condition: (e) => e.type === `subscription`,
        true: Mt({
          url: t,
          transformer: P,
          EventSource: bn,
          eventSourceOptions: () => ({ fetch: (e, t) => r(e, { ...t, headers: { ...t.headers, ...n } }) }),
        }),
        false: pt({ url: t, transformer: P, fetch: r, headers: () => n ?? {} }),
      }),
    ],
  });
}
function jr(e) {
  if (!(e instanceof qe)) return null;
  let t = e.data;
  return t?.code
    ? {
        code: t.code,
        httpStatus: t.httpStatus ?? 0,
        message: e.message,
        issues: t.issues ?? [],
        details: t.details ?? {},
      }
    : null;
}
var Mr = (e = window.location.origin) => Ar({ url: e }),
  Nr = (e) => e instanceof qe && !jr(e);
function Pr(e) {
  let t = jr(e);
  if (!t) return `Что-то пошло не так. Попробуйте ещё раз.`;
  let n = t.details.reason;
  switch (t.code) {
    case `TOO_MANY_REQUESTS`:
      return `Слишком много попыток подряд. Подождите минуту и попробуйте снова.`;
    case `SERVICE_UNAVAILABLE`:
      return n === `storage_full` || n === `storage_failure`
        ? `Терминал не может сохранить данные. Пожалуйста, обратитесь к администратору.`
        : `Платёжная система или почта сейчас не отвечают. Попробуйте ещё раз через минуту.`;
    case `CONFLICT`:
      return `Этот шаг уже выполнен или сеанс завершён. Начните, пожалуйста, заново.`;
    case `NOT_FOUND`:
      return `Сеанс не найден: возможно, он завершился. Начните, пожалуйста, заново.`;
    default:
      return `Не удалось выполнить действие. Попробуйте ещё раз.`;
  }
}
var Fr = [
    { code: `P0300`, description: `Случайные пропуски зажигания в нескольких цилиндрах`, severity: `high` },
    { code: `P0301`, description: `Пропуски зажигания в цилиндре 1`, severity: `high` },
    { code: `P0302`, description: `Пропуски зажигания в цилиндре 2`, severity: `high` },
    { code: `P0171`, description: `Слишком бедная топливовоздушная смесь (банк 1)`, severity: `medium` },
    { code: `P0172`, description: `Слишком богатая топливовоздушная смесь (банк 1)`, severity: `medium` },
    {
      code: `P0420`,
      description: `Эффективность каталитического нейтрализатора ниже порога (банк 1)`,
      severity: `medium`,
    },
    { code: `P0128`, description: `Двигатель не прогревается: температура ниже порога термостата`, severity: `low` },
    {
      code: `P0101`,
      description: `Датчик массового расхода воздуха: сигнал вне допустимого диапазона`,
      severity: `medium`,
    },
    { code: `P0113`, description: `Датчик температуры впускного воздуха: высокий уровень сигнала`, severity: `medium` },
    { code: `P0121`, description: `Датчик положения дроссельной заслонки: сигнал вне диапазона`, severity: `medium` },
    { code: `P0135`, description: `Цепь подогрева кислородного датчика (банк 1, датчик 1)`, severity: `medium` },
    { code: `P0141`, description: `Цепь подогрева кислородного датчика (банк 1, датчик 2)`, severity: `low` },
    { code: `P0011`, description: `Опережение фаз газораспределения выше нормы (банк 1)`, severity: `medium` },
    {
      code: `P0016`,
      description: `Рассогласование положения коленчатого и распределительного валов`,
      severity: `high`,
    },
    { code: `P0087`, description: `Низкое давление топлива в рампе`, severity: `high` },
    { code: `P0217`, description: `Перегрев двигателя`, severity: `high` },
    { code: `P0325`, description: `Датчик детонации 1: неисправность цепи`, severity: `medium` },
    { code: `P0335`, description: `Датчик положения коленчатого вала: неисправность цепи`, severity: `high` },
    { code: `P0340`, description: `Датчик положения распределительного вала: неисправность цепи`, severity: `high` },
    { code: `P0351`, description: `Катушка зажигания A: неисправность цепи`, severity: `high` },
    { code: `P0401`, description: `Недостаточный поток системы рециркуляции отработавших газов`, severity: `medium` },
    { code: `P0442`, description: `Малая утечка в системе улавливания паров топлива`, severity: `low` },
    {
      code: `P0446`,
      description: `Клапан вентиляции системы улавливания паров топлива: неисправность цепи`,
      severity: `low`,
    },
    { code: `P0455`, description: `Большая утечка в системе улавливания паров топлива`, severity: `medium` },
    { code: `P0500`, description: `Датчик скорости автомобиля: неисправность`, severity: `medium` },
    { code: `P0505`, description: `Система регулирования холостого хода: неисправность`, severity: `medium` },
    { code: `P0507`, description: `Обороты холостого хода выше нормы`, severity: `low` },
    { code: `P0562`, description: `Низкое напряжение бортовой сети`, severity: `medium` },
    { code: `P0606`, description: `Внутренняя неисправность процессора блока управления двигателем`, severity: `high` },
    {
      code: `P0700`,
      description: `Неисправность системы управления автоматической коробкой передач`,
      severity: `high`,
    },
    { code: `P0715`, description: `Датчик частоты вращения входного вала АКПП: неисправность цепи`, severity: `high` },
    { code: `P2096`, description: `Коррекция смеси после катализатора: слишком бедная (банк 1)`, severity: `low` },
    { code: `C0035`, description: `Датчик скорости левого переднего колеса: неисправность цепи`, severity: `medium` },
    { code: `C0040`, description: `Датчик скорости правого переднего колеса: неисправность цепи`, severity: `medium` },
    { code: `C0265`, description: `Реле электродвигателя насоса ABS: неисправность цепи`, severity: `high` },
    { code: `B0001`, description: `Фронтальная подушка безопасности водителя: неисправность цепи`, severity: `high` },
    { code: `B0100`, description: `Датчик фронтального удара: неисправность цепи`, severity: `high` },
    { code: `U0100`, description: `Нет связи с блоком управления двигателем`, severity: `high` },
    { code: `U0121`, description: `Нет связи с блоком ABS`, severity: `medium` },
    { code: `U0140`, description: `Нет связи с блоком кузовной электроники`, severity: `low` },
    { code: `U0155`, description: `Нет связи с приборной панелью`, severity: `low` },
  ],
  Ir = [
    `блок управления двигателем`,
    `автоматическая коробка передач`,
    `система ABS`,
    `подушки безопасности`,
    `кузовная электроника`,
    `приборная панель`,
  ],
  Lr = [
    [`Капот`, [`передняя часть`, `центр`, `задняя часть`, `левый край`, `правый край`]],
    [`Крыша`, [`передняя часть`, `центр`, `задняя часть`, `левый край`, `правый край`]],
    [`Переднее левое крыло`, [`перед`, `центр`, `зад`]],
    [`Переднее правое крыло`, [`перед`, `центр`, `зад`]],
    [`Передняя левая дверь`, [`верх`, `центр`, `низ`]],
    [`Передняя правая дверь`, [`верх`, `центр`, `низ`]],
    [`Задняя левая дверь`, [`верх`, `центр`, `низ`]],
    [`Задняя правая дверь`, [`верх`, `центр`, `низ`]],
    [`Заднее левое крыло`, [`перед`, `центр`, `зад`]],
    [`Заднее правое крыло`, [`перед`, `центр`, `зад`]],
    [`Левый порог`, [`перед`, `зад`]],
    [`Правый порог`, [`перед`, `зад`]],
    [`Левая стойка`, [`A`, `B`]],
    [`Правая стойка`, [`A`, `B`]],
  ],
  Rr = {
    sedan: [`Крышка багажника`, [`левый край`, `центр`, `правый край`]],
    hatchback: [`Дверь багажника`, [`верх`, `центр`]],
    minivan: [`Дверь багажника`, [`верх`, `центр`, `низ`, `левый край`, `правый край`]],
  };
function zr(e) {
  let t = e === `minivan` ? [[`Сдвижная дверь`, [`верх`, `центр`, `низ`]]] : [];
  return [...Lr, Rr[e], ...t].flatMap(([e, t]) => t.map((t) => `${e}, ${t}`));
}
function Br(e, t) {
  return new Promise((n, r) => {
    if (t.aborted) return r(new DOMException(`aborted`, `AbortError`));
    let i = setTimeout(n, e);
    t.addEventListener(
      `abort`,
      () => {
        (clearTimeout(i), r(new DOMException(`aborted`, `AbortError`)));
      },
      { once: !0 },
    );
  });
}
function Vr(e, t) {
  return Math.round(e < 0.75 ? 95 + t() * 60 : e < 0.92 ? 210 + t() * 80 : 340 + t() * 500);
}
function Hr(e, t = Math.random) {
  return {
    diagnostics: {
      async scan(n, r) {
        let i = Date.now();
        for (let [t, i] of Ir.entries())
          (n({ fraction: t / Ir.length, activity: `Опрос: ${i}` }), await Br(e / Ir.length, r));
        let a = t() < 0.2 ? 0 : 1 + Math.floor(t() * 4),
          o = [...Fr],
          s = [];
        for (let e = 0; e < a; e++) s.push(...o.splice(Math.floor(t() * o.length), 1));
        return (
          n({ fraction: 1, activity: `Опрос завершён` }),
          { dtcCodes: s, scanDurationSeconds: Math.max(1, Math.round((Date.now() - i) / 1e3)) }
        );
      },
    },
    thickness: {
      async measure(n, r, i) {
        let a = zr(n),
          o = new Map(),
          s = [];
        for (let [n, c] of a.entries()) {
          (r({ fraction: n / a.length, activity: `Точка ${n + 1} из ${a.length}: ${c}` }), await Br(e / a.length, i));
          let l = c.split(`,`)[0] ?? c;
          (o.has(l) || o.set(l, t()), s.push({ zone: c, valueUm: Vr(o.get(l) ?? 0, t) }));
        }
        return (r({ fraction: 1, activity: `Измерение завершено` }), s);
      },
    },
  };
}
var Ur = {
    diagnostics: { scan: () => Promise.reject(Error(`no OBD-II adapter driver is installed`)) },
    thickness: { measure: () => Promise.reject(Error(`no thickness gauge driver is installed`)) },
  },
  Wr = (e) => (e.environment === `DEV` ? Hr(e.kiosk.simulatedScanMs) : Ur),
  Gr = e((e) => {
    var t = Symbol.for(`react.transitional.element`),
      n = Symbol.for(`react.fragment`);
    function r(e, n, r) {
      var i = null;
      if ((r !== void 0 && (i = `` + r), n.key !== void 0 && (i = `` + n.key), `key` in n))
        for (var a in ((r = {}), n)) a !== `key` && (r[a] = n[a]);
      else r = n;
      return ((n = r.ref), { $$typeof: t, type: e, key: i, ref: n === void 0 ? null : n, props: r });
    }
    ((e.Fragment = n), (e.jsx = r), (e.jsxs = r));
  }),
  F = e((e, t) => {
    t.exports = Gr();
  })(),
  Kr = {
    ru: [`йцукенгшщзхъ`, `фывапролджэ`, `ячсмитьбю`],
    en: [`qwertyuiop`, `asdfghjkl`, `zxcvbnm`],
    digits: [`1234567890`],
  },
  qr = [`@mail.ru`, `@yandex.ru`, `@gmail.com`, `@bk.ru`, `.ru`, `.com`];
function Jr({ mode: e, onText: t, onBackspace: n }) {
  let [r, i] = (0, g.useState)(e === `text` ? `ru` : `en`),
    [a, o] = (0, g.useState)(e === `text`),
    s = (n, r = n, i = !1) =>
      (0, F.jsx)(
        `button`,
        {
          type: `button`,
          className: `key${i ? ` key-wide` : ``}`,
          onClick: () => {
            (t(r), e === `text` && a && o(!1));
          },
          children: n,
        },
        n,
      ),
    c = (0, F.jsx)(`button`, {
      type: `button`,
      className: `key key-wide`,
      "aria-label": `Стереть`,
      onClick: n,
      children: `⌫`,
    });
  if (e === `phone`)
    return (0, F.jsxs)(`div`, {
      className: `keyboard keyboard-phone`,
      "data-keyboard": `phone`,
      children: [[`1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`, `9`].map((e) => s(e)), (0, F.jsx)(`span`, {}), s(`0`), c],
    });
  let l = e === `email` ? Kr.en : Kr[r],
    u = (t) => (a && e === `text` ? t.toUpperCase() : t);
  return (0, F.jsxs)(`div`, {
    className: `keyboard`,
    "data-keyboard": e,
    children: [
      (0, F.jsx)(`div`, { className: `keyboard-row`, children: [...Kr.digits[0]].map((e) => s(e)) }),
      l.map((e) => (0, F.jsx)(`div`, { className: `keyboard-row`, children: [...e].map((e) => s(u(e), u(e))) }, e)),
      (0, F.jsxs)(`div`, {
        className: `keyboard-row`,
        children: [
          e === `text`
            ? (0, F.jsxs)(F.Fragment, {
                children: [
                  (0, F.jsx)(`button`, {
                    type: `button`,
                    className: `key key-wide`,
                    onClick: () => o(!a),
                    children: a ? `абв` : `АБВ`,
                  }),
                  (0, F.jsx)(`button`, {
                    type: `button`,
                    className: `key key-wide`,
                    onClick: () => i(r === `ru` ? `en` : `ru`),
                    children: r === `ru` ? `EN` : `РУС`,
                  }),
                  s(`-`),
                  s(`пробел`, ` `, !0),
                ],
              })
            : (0, F.jsxs)(F.Fragment, { children: [s(`@`), s(`.`), s(`-`), s(`_`)] }),
          c,
        ],
      }),
      e === `email` ? (0, F.jsx)(`div`, { className: `keyboard-row`, children: qr.map((e) => s(e, e, !0)) }) : null,
    ],
  });
}
function Yr(e) {
  let t = e.padEnd(10, `_`);
  return `+7 (${t.slice(0, 3)}) ${t.slice(3, 6)}-${t.slice(6, 8)}-${t.slice(8, 10)}`;
}
var Xr = (e) => (/^9\d{9}$|^[3-8]\d{9}$/.test(e) ? `+7${e}` : null),
  Zr = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/,
  Qr = (e) => e.trim().toLowerCase().slice(0, 254);
function $r(e) {
  let t = {},
    n = Qr(e.email);
  return (
    n && !Zr.test(n) && (t.email = `Проверьте адрес: нужен символ @ и домен, например ivan@mail.ru`),
    e.phoneDigits &&
      !Xr(e.phoneDigits) &&
      (t.phone =
        e.phoneDigits.length < 10
          ? `В номере не хватает цифр: нужно 10 после +7, введено ${e.phoneDigits.length}`
          : `Проверьте номер: мобильный начинается с 9, например +7 (912) 345-67-89`),
    !n && !e.phoneDigits && (t.form = `Укажите email или номер телефона: туда придёт отчёт`),
    e.consent || (t.consent = `Без согласия на обработку персональных данных мы не сможем отправить отчёт`),
    t
  );
}
var ei = (e) => Object.keys(e).length === 0,
  ti = (0, g.createContext)(null);
function ni() {
  let e = (0, g.useContext)(ti);
  if (!e) throw Error(`a screen rendered outside the kiosk`);
  return e;
}
function ri(e, t, n) {
  if (t === `diagnostics`) return e.services.diagnostics.price;
  let r = e.services.thickness.prices.find((e) => e.vehicleType === n);
  if (!r) throw Error(`no price for vehicle type ${String(n)}`);
  return r.amount;
}
function ii({ name: e, title: t, lead: n, children: r, actions: i }) {
  return (0, F.jsxs)(`main`, {
    className: `screen screen-${e}`,
    "data-screen": e,
    children: [
      t
        ? (0, F.jsxs)(`header`, {
            className: `screen-header`,
            children: [
              (0, F.jsx)(`h1`, { children: t }),
              n ? (0, F.jsx)(`p`, { className: `lead`, children: n }) : null,
            ],
          })
        : null,
      (0, F.jsx)(`section`, { className: `screen-body`, children: r }),
      i ? (0, F.jsx)(`footer`, { className: `screen-actions`, children: i }) : null,
    ],
  });
}
function ai({ children: e, onClick: t, kind: n = `primary`, disabled: r = !1, name: i }) {
  return (0, F.jsx)(`button`, {
    type: `button`,
    className: `button button-${n}`,
    onClick: t,
    disabled: r,
    "data-action": i,
    children: e,
  });
}
function oi({ message: e, children: t }) {
  return (0, F.jsxs)(`div`, {
    className: `problem`,
    role: `alert`,
    children: [
      (0, F.jsx)(`p`, { children: e }),
      t ? (0, F.jsx)(`div`, { className: `problem-actions`, children: t }) : null,
    ],
  });
}
var si = (e) =>
  `Я даю согласие ${e} (оператор) на обработку моих персональных данных — адреса электронной почты и номера телефона — с целью отправки мне отчёта об оказанной услуге, в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных». Обработка включает сбор, запись, хранение, использование и удаление данных, в том числе с помощью средств автоматизации. Данные хранятся не дольше 30 дней после завершения сеанса и не передаются третьим лицам, кроме сервисов доставки почты и SMS. Согласие действует до достижения цели обработки и может быть отозвано письменным обращением к оператору.`;
function ci({ service: e, vehicle: t }) {
  let { api: n, catalog: r, dispatch: i, unreachable: a } = ni(),
    [o, s] = (0, g.useState)(``),
    [c, l] = (0, g.useState)(``),
    [u, d] = (0, g.useState)(!1),
    [f, p] = (0, g.useState)(`email`),
    [m, h] = (0, g.useState)({}),
    [_, v] = (0, g.useState)(!1),
    [y, b] = (0, g.useState)(!1),
    [x, S] = (0, g.useState)(null);
  async function ee() {
    let r = $r({ email: o, phoneDigits: c, consent: u });
    if ((h(r), !ei(r))) return;
    (b(!0), S(null));
    let s = Qr(o),
      l = Xr(c);
    try {
      let r = await n.sessions.create.mutate({
        type: e,
        contact: { ...(s ? { email: s } : {}), ...(l ? { phone: l } : {}) },
        metadata: t.type ? { vehicleType: t.type } : { vehicleMake: t.make, vehicleModel: t.model },
      });
      i({ type: `sessionCreated`, sessionId: r.id, attempt: crypto.randomUUID() });
    } catch (e) {
      (a(e) || S(Pr(e)), b(!1));
    }
  }
  return (0, F.jsxs)(ii, {
    name: `contact`,
    title: `Куда отправить отчёт?`,
    lead: `Укажите email, телефон или оба: пришлём PDF-отчёт на почту и SMS`,
    actions: (0, F.jsxs)(F.Fragment, {
      children: [
        (0, F.jsx)(ai, { kind: `secondary`, onClick: () => i({ type: `back` }), disabled: y, children: `Назад` }),
        (0, F.jsx)(ai, {
          name: `to-payment`,
          onClick: () => void ee(),
          disabled: y,
          children: y ? `Подождите…` : `Перейти к оплате`,
        }),
      ],
    }),
    children: [
      (0, F.jsxs)(`div`, {
        className: `fields`,
        children: [
          (0, F.jsxs)(`button`, {
            type: `button`,
            className: `field${f === `email` ? ` field-active` : ``}`,
            "data-field": `email`,
            onClick: () => p(`email`),
            children: [
              (0, F.jsx)(`span`, { className: `field-label`, children: `Email` }),
              (0, F.jsx)(`span`, { className: `field-value`, children: o || `\xA0` }),
              m.email ? (0, F.jsx)(`span`, { className: `field-error`, children: m.email }) : null,
            ],
          }),
          (0, F.jsxs)(`button`, {
            type: `button`,
            className: `field${f === `phone` ? ` field-active` : ``}`,
            "data-field": `phone`,
            onClick: () => p(`phone`),
            children: [
              (0, F.jsx)(`span`, { className: `field-label`, children: `Телефон` }),
              (0, F.jsx)(`span`, { className: `field-value`, children: c ? Yr(c) : `+7 (___) ___-__-__` }),
              m.phone ? (0, F.jsx)(`span`, { className: `field-error`, children: m.phone }) : null,
            ],
          }),
        ],
      }),
      m.form ? (0, F.jsx)(`p`, { className: `field-error`, children: m.form }) : null,
      (0, F.jsx)(
        Jr,
        {
          mode: f,
          onText: (e) => {
            f === `email` ? s((o + e).slice(0, 254)) : l((c + e.replace(/\D/g, ``)).slice(0, 10));
          },
          onBackspace: () => (f === `email` ? s(o.slice(0, -1)) : l(c.slice(0, -1))),
        },
        f,
      ),
      (0, F.jsxs)(`div`, {
        className: `consent`,
        children: [
          (0, F.jsxs)(`label`, {
            className: `consent-check`,
            children: [
              (0, F.jsx)(`input`, {
                type: `checkbox`,
                checked: u,
                onChange: (e) => d(e.target.checked),
                "data-field": `consent`,
              }),
              (0, F.jsx)(`span`, { children: `Я согласен(на) на обработку персональных данных для отправки отчёта` }),
            ],
          }),
          (0, F.jsx)(`button`, {
            type: `button`,
            className: `link`,
            onClick: () => v(!_),
            children: _ ? `Скрыть текст согласия` : `Текст согласия`,
          }),
          _ ? (0, F.jsx)(`p`, { className: `consent-text`, children: si(r.companyName) }) : null,
          m.consent ? (0, F.jsx)(`p`, { className: `field-error`, children: m.consent }) : null,
        ],
      }),
      x ? (0, F.jsx)(oi, { message: x }) : null,
    ],
  });
}
var li = new Intl.NumberFormat(`ru-RU`, { maximumFractionDigits: 2 }),
  ui = (e) => `${li.format(e / 100)}\u00a0₽`;
function di(e) {
  let t = Math.max(0, Math.ceil(e / 1e3));
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, `0`)}`;
}
var fi = { thickness: `Толщинометрия ЛКП`, diagnostics: `Диагностика OBD-II` },
  pi = { sedan: `Седан`, hatchback: `Хэтчбек`, minivan: `Минивэн` };
function mi({ sessionId: e, reportId: t }) {
  let { api: n, catalog: r, dispatch: i, unreachable: a } = ni(),
    [o, s] = (0, g.useState)(null),
    [c, l] = (0, g.useState)(r.kiosk.doneTimeoutMs);
  ((0, g.useEffect)(() => {
    (n.sessions.complete.mutate({ id: e }).catch((e) => {
      jr(e) || a(e);
    }),
      n.reports.get.query({ id: t }).then(s, (e) => void a(e)));
  }, [n, t, e, a]),
    (0, g.useEffect)(() => {
      let e = Date.now(),
        t = setInterval(() => {
          let t = r.kiosk.doneTimeoutMs - (Date.now() - e);
          (l(t), t <= 0 && i({ type: `reset` }));
        }, 1e3);
      return () => clearInterval(t);
    }, [r.kiosk.doneTimeoutMs, i]));
  let u = o?.deliveries.find((e) => e.channel === `email`)?.recipient,
    d = o?.deliveries.find((e) => e.channel === `sms`)?.recipient,
    f = [u ? `на почту ${u}` : null, d ? `SMS на ${d}` : null].filter(Boolean).join(` и `);
  return (0, F.jsxs)(ii, {
    name: `done`,
    title: `Спасибо!`,
    lead: f ? `Отчёт отправлен ${f}` : `Отчёт отправлен`,
    actions: (0, F.jsx)(ai, { name: `home`, onClick: () => i({ type: `reset` }), children: `На главный экран` }),
    children: [
      (0, F.jsx)(`div`, { className: `done-mark`, "aria-hidden": !0, children: `✓` }),
      (0, F.jsx)(`p`, {
        className: `done-text`,
        children: `Хорошей дороги! Если письмо не пришло, проверьте папку «Спам».`,
      }),
      (0, F.jsxs)(`p`, { className: `done-countdown`, children: [`Экран вернётся к началу через `, di(c)] }),
    ],
  });
}
function hi() {
  let { dispatch: e, catalog: t } = ni();
  return (0, F.jsx)(`div`, {
    className: `attract`,
    onClick: () => e({ type: `start` }),
    role: `button`,
    tabIndex: 0,
    children: (0, F.jsxs)(ii, {
      name: `idle`,
      children: [
        (0, F.jsx)(`p`, { className: `brand`, children: t.companyName }),
        (0, F.jsx)(`h1`, { className: `attract-title`, children: `Проверьте автомобиль сами — за несколько минут` }),
        (0, F.jsxs)(`ul`, {
          className: `attract-services`,
          children: [
            (0, F.jsxs)(`li`, {
              children: [
                (0, F.jsx)(`span`, { className: `attract-icon`, "aria-hidden": !0, children: `◎` }),
                `Толщина краски: найдём перекрас и шпаклёвку`,
              ],
            }),
            (0, F.jsxs)(`li`, {
              children: [
                (0, F.jsx)(`span`, { className: `attract-icon`, "aria-hidden": !0, children: `⚙` }),
                `Диагностика OBD-II: прочитаем коды неисправностей`,
              ],
            }),
          ],
        }),
        (0, F.jsx)(`p`, { className: `attract-hint`, children: `Коснитесь экрана, чтобы начать` }),
      ],
    }),
  });
}
function gi({ leftMs: e, onStay: t }) {
  return (0, F.jsx)(`div`, {
    className: `dialog-backdrop`,
    "data-dialog": `idle`,
    children: (0, F.jsxs)(`div`, {
      className: `dialog`,
      role: `alertdialog`,
      "aria-labelledby": `idle-title`,
      children: [
        (0, F.jsx)(`h2`, { id: `idle-title`, children: `Вы ещё здесь?` }),
        (0, F.jsxs)(`p`, { children: [`Если ничего не нажать, через `, di(e), ` мы вернёмся к началу.`] }),
        (0, F.jsx)(ai, { name: `stay`, onClick: t, children: `Да, продолжить` }),
      ],
    }),
  });
}
var _i = e((e, t) => {
    t.exports = function () {
      return typeof Promise == `function` && Promise.prototype && Promise.prototype.then;
    };
  }),
  vi = e((e) => {
    var t,
      n = [
        0, 26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901, 991, 1085, 1156, 1258,
        1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, 2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362, 3532, 3706,
      ];
    ((e.getSymbolSize = function (e) {
      if (!e) throw Error(`"version" cannot be null or undefined`);
      if (e < 1 || e > 40) throw Error(`"version" should be in range from 1 to 40`);
      return e * 4 + 17;
    }),
      (e.getSymbolTotalCodewords = function (e) {
        return n[e];
      }),
      (e.getBCHDigit = function (e) {
        let t = 0;
        for (; e !== 0;) (t++, (e >>>= 1));
        return t;
      }),
      (e.setToSJISFunction = function (e) {
        if (typeof e != `function`) throw Error(`"toSJISFunc" is not a valid function.`);
        t = e;
      }),
      (e.isKanjiModeEnabled = function () {
        return t !== void 0;
      }),
      (e.toSJIS = function (e) {
        return t(e);
      }));
  }),
  yi = e((e) => {
    ((e.L = { bit: 1 }), (e.M = { bit: 0 }), (e.Q = { bit: 3 }), (e.H = { bit: 2 }));
    function t(t) {
      if (typeof t != `string`) throw Error(`Param is not a string`);
      switch (t.toLowerCase()) {
        case `l`:
        case `low`:
          return e.L;
        case `m`:
        case `medium`:
          return e.M;
        case `q`:
        case `quartile`:
          return e.Q;
        case `h`:
        case `high`:
          return e.H;
        default:
          throw Error(`Unknown EC Level: ` + t);
      }
    }
    ((e.isValid = function (e) {
      return e && e.bit !== void 0 && e.bit >= 0 && e.bit < 4;
    }),
      (e.from = function (n, r) {
        if (e.isValid(n)) return n;
        try {
          return t(n);
        } catch {
          return r;
        }
      }));
  }),
  bi = e((e, t) => {
    function n() {
      ((this.buffer = []), (this.length = 0));
    }
    ((n.prototype = {
      get: function (e) {
        let t = Math.floor(e / 8);
        return ((this.buffer[t] >>> (7 - (e % 8))) & 1) == 1;
      },
      put: function (e, t) {
        for (let n = 0; n < t; n++) this.putBit(((e >>> (t - n - 1)) & 1) == 1);
      },
      getLengthInBits: function () {
        return this.length;
      },
      putBit: function (e) {
        let t = Math.floor(this.length / 8);
        (this.buffer.length <= t && this.buffer.push(0),
          e && (this.buffer[t] |= 128 >>> (this.length % 8)),
          this.length++);
      },
    }),
      (t.exports = n));
  }),
  xi = e((e, t) => {
    function n(e) {
      if (!e || e < 1) throw Error(`BitMatrix size must be defined and greater than 0`);
      ((this.size = e), (this.data = new Uint8Array(e * e)), (this.reservedBit = new Uint8Array(e * e)));
    }
    ((n.prototype.set = function (e, t, n, r) {
      let i = e * this.size + t;
      ((this.data[i] = n), r && (this.reservedBit[i] = !0));
    }),
      (n.prototype.get = function (e, t) {
        return this.data[e * this.size + t];
      }),
      (n.prototype.xor = function (e, t, n) {
        this.data[e * this.size + t] ^= n;
      }),
      (n.prototype.isReserved = function (e, t) {
        return this.reservedBit[e * this.size + t];
      }),
      (t.exports = n));
  }),
  Si = e((e) => {
    var t = vi().getSymbolSize;
    ((e.getRowColCoords = function (e) {
      if (e === 1) return [];
      let n = Math.floor(e / 7) + 2,
        r = t(e),
        i = r === 145 ? 26 : Math.ceil((r - 13) / (2 * n - 2)) * 2,
        a = [r - 7];
      for (let e = 1; e < n - 1; e++) a[e] = a[e - 1] - i;
      return (a.push(6), a.reverse());
    }),
      (e.getPositions = function (t) {
        let n = [],
          r = e.getRowColCoords(t),
          i = r.length;
        for (let e = 0; e < i; e++)
          for (let t = 0; t < i; t++)
            (e === 0 && t === 0) || (e === 0 && t === i - 1) || (e === i - 1 && t === 0) || n.push([r[e], r[t]]);
        return n;
      }));
  }),
  Ci = e((e) => {
    var t = vi().getSymbolSize,
      n = 7;
    e.getPositions = function (e) {
      let r = t(e);
      return [
        [0, 0],
        [r - n, 0],
        [0, r - n],
      ];
    };
  }),
  wi = e((e) => {
    e.Patterns = {
      PATTERN000: 0,
      PATTERN001: 1,
      PATTERN010: 2,
      PATTERN011: 3,
      PATTERN100: 4,
      PATTERN101: 5,
      PATTERN110: 6,
      PATTERN111: 7,
    };
    var t = { N1: 3, N2: 3, N3: 40, N4: 10 };
    ((e.isValid = function (e) {
      return e != null && e !== `` && !isNaN(e) && e >= 0 && e <= 7;
    }),
      (e.from = function (t) {
        return e.isValid(t) ? parseInt(t, 10) : void 0;
      }),
      (e.getPenaltyN1 = function (e) {
        let n = e.size,
          r = 0,
          i = 0,
          a = 0,
          o = null,
          s = null;
        for (let c = 0; c < n; c++) {
          ((i = a = 0), (o = s = null));
          for (let l = 0; l < n; l++) {
            let n = e.get(c, l);
            (n === o ? i++ : (i >= 5 && (r += t.N1 + (i - 5)), (o = n), (i = 1)),
              (n = e.get(l, c)),
              n === s ? a++ : (a >= 5 && (r += t.N1 + (a - 5)), (s = n), (a = 1)));
          }
          (i >= 5 && (r += t.N1 + (i - 5)), a >= 5 && (r += t.N1 + (a - 5)));
        }
        return r;
      }),
      (e.getPenaltyN2 = function (e) {
        let n = e.size,
          r = 0;
        for (let t = 0; t < n - 1; t++)
          for (let i = 0; i < n - 1; i++) {
            let n = e.get(t, i) + e.get(t, i + 1) + e.get(t + 1, i) + e.get(t + 1, i + 1);
            (n === 4 || n === 0) && r++;
          }
        return r * t.N2;
      }),
      (e.getPenaltyN3 = function (e) {
        let n = e.size,
          r = 0,
          i = 0,
          a = 0;
        for (let t = 0; t < n; t++) {
          i = a = 0;
          for (let o = 0; o < n; o++)
            ((i = ((i << 1) & 2047) | e.get(t, o)),
              o >= 10 && (i === 1488 || i === 93) && r++,
              (a = ((a << 1) & 2047) | e.get(o, t)),
              o >= 10 && (a === 1488 || a === 93) && r++);
        }
        return r * t.N3;
      }),
      (e.getPenaltyN4 = function (e) {
        let n = 0,
          r = e.data.length;
        for (let t = 0; t < r; t++) n += e.data[t];
        return Math.abs(Math.ceil((n * 100) / r / 5) - 10) * t.N4;
      }));
    function n(t, n, r) {
      switch (t) {
        case e.Patterns.PATTERN000:
          return (n + r) % 2 == 0;
        case e.Patterns.PATTERN001:
          return n % 2 == 0;
        case e.Patterns.PATTERN010:
          return r % 3 == 0;
        case e.Patterns.PATTERN011:
          return (n + r) % 3 == 0;
        case e.Patterns.PATTERN100:
          return (Math.floor(n / 2) + Math.floor(r / 3)) % 2 == 0;
        case e.Patterns.PATTERN101:
          return ((n * r) % 2) + ((n * r) % 3) == 0;
        case e.Patterns.PATTERN110:
          return (((n * r) % 2) + ((n * r) % 3)) % 2 == 0;
        case e.Patterns.PATTERN111:
          return (((n * r) % 3) + ((n + r) % 2)) % 2 == 0;
        default:
          throw Error(`bad maskPattern:` + t);
      }
    }
    ((e.applyMask = function (e, t) {
      let r = t.size;
      for (let i = 0; i < r; i++) for (let a = 0; a < r; a++) t.isReserved(a, i) || t.xor(a, i, n(e, a, i));
    }),
      (e.getBestMask = function (t, n) {
        let r = Object.keys(e.Patterns).length,
          i = 0,
          a = 1 / 0;
        for (let o = 0; o < r; o++) {
          (n(o), e.applyMask(o, t));
          let r = e.getPenaltyN1(t) + e.getPenaltyN2(t) + e.getPenaltyN3(t) + e.getPenaltyN4(t);
          (e.applyMask(o, t), r < a && ((a = r), (i = o)));
        }
        return i;
      }));
  }),
  Ti = e((e) => {
    var t = yi(),
      n = [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2, 2, 4, 1, 2, 4, 4, 2, 4, 4, 4, 2, 4, 6, 5, 2, 4, 6, 6, 2, 5, 8, 8, 4,
        5, 8, 8, 4, 5, 8, 11, 4, 8, 10, 11, 4, 9, 12, 16, 4, 9, 16, 16, 6, 10, 12, 18, 6, 10, 17, 16, 6, 11, 16, 19, 6,
        13, 18, 21, 7, 14, 21, 25, 8, 16, 20, 25, 8, 17, 23, 25, 9, 17, 23, 34, 9, 18, 25, 30, 10, 20, 27, 32, 12, 21,
        29, 35, 12, 23, 34, 37, 12, 25, 34, 40, 13, 26, 35, 42, 14, 28, 38, 45, 15, 29, 40, 48, 16, 31, 43, 51, 17, 33,
        45, 54, 18, 35, 48, 57, 19, 37, 51, 60, 19, 38, 53, 63, 20, 40, 56, 66, 21, 43, 59, 70, 22, 45, 62, 74, 24, 47,
        65, 77, 25, 49, 68, 81,
      ],
      r = [
        7, 10, 13, 17, 10, 16, 22, 28, 15, 26, 36, 44, 20, 36, 52, 64, 26, 48, 72, 88, 36, 64, 96, 112, 40, 72, 108,
        130, 48, 88, 132, 156, 60, 110, 160, 192, 72, 130, 192, 224, 80, 150, 224, 264, 96, 176, 260, 308, 104, 198,
        288, 352, 120, 216, 320, 384, 132, 240, 360, 432, 144, 280, 408, 480, 168, 308, 448, 532, 180, 338, 504, 588,
        196, 364, 546, 650, 224, 416, 600, 700, 224, 442, 644, 750, 252, 476, 690, 816, 270, 504, 750, 900, 300, 560,
        810, 960, 312, 588, 870, 1050, 336, 644, 952, 1110, 360, 700, 1020, 1200, 390, 728, 1050, 1260, 420, 784, 1140,
        1350, 450, 812, 1200, 1440, 480, 868, 1290, 1530, 510, 924, 1350, 1620, 540, 980, 1440, 1710, 570, 1036, 1530,
        1800, 570, 1064, 1590, 1890, 600, 1120, 1680, 1980, 630, 1204, 1770, 2100, 660, 1260, 1860, 2220, 720, 1316,
        1950, 2310, 750, 1372, 2040, 2430,
      ];
    ((e.getBlocksCount = function (e, r) {
      switch (r) {
        case t.L:
          return n[(e - 1) * 4 + 0];
        case t.M:
          return n[(e - 1) * 4 + 1];
        case t.Q:
          return n[(e - 1) * 4 + 2];
        case t.H:
          return n[(e - 1) * 4 + 3];
        default:
          return;
      }
    }),
      (e.getTotalCodewordsCount = function (e, n) {
        switch (n) {
          case t.L:
            return r[(e - 1) * 4 + 0];
          case t.M:
            return r[(e - 1) * 4 + 1];
          case t.Q:
            return r[(e - 1) * 4 + 2];
          case t.H:
            return r[(e - 1) * 4 + 3];
          default:
            return;
        }
      }));
  }),
  Ei = e((e) => {
    var t = new Uint8Array(512),
      n = new Uint8Array(256);
    ((function () {
      let e = 1;
      for (let r = 0; r < 255; r++) ((t[r] = e), (n[e] = r), (e <<= 1), e & 256 && (e ^= 285));
      for (let e = 255; e < 512; e++) t[e] = t[e - 255];
    })(),
      (e.log = function (e) {
        if (e < 1) throw Error(`log(` + e + `)`);
        return n[e];
      }),
      (e.exp = function (e) {
        return t[e];
      }),
      (e.mul = function (e, r) {
        return e === 0 || r === 0 ? 0 : t[n[e] + n[r]];
      }));
  }),
  Di = e((e) => {
    var t = Ei();
    ((e.mul = function (e, n) {
      let r = new Uint8Array(e.length + n.length - 1);
      for (let i = 0; i < e.length; i++) for (let a = 0; a < n.length; a++) r[i + a] ^= t.mul(e[i], n[a]);
      return r;
    }),
      (e.mod = function (e, n) {
        let r = new Uint8Array(e);
        for (; r.length - n.length >= 0;) {
          let e = r[0];
          for (let i = 0; i < n.length; i++) r[i] ^= t.mul(n[i], e);
          let i = 0;
          for (; i < r.length && r[i] === 0;) i++;
          r = r.slice(i);
        }
        return r;
      }),
      (e.generateECPolynomial = function (n) {
        let r = new Uint8Array([1]);
        for (let i = 0; i < n; i++) r = e.mul(r, new Uint8Array([1, t.exp(i)]));
        return r;
      }));
  }),
  Oi = e((e, t) => {
    var n = Di();
    function r(e) {
      ((this.genPoly = void 0), (this.degree = e), this.degree && this.initialize(this.degree));
    }
    ((r.prototype.initialize = function (e) {
      ((this.degree = e), (this.genPoly = n.generateECPolynomial(this.degree)));
    }),
      (r.prototype.encode = function (e) {
        if (!this.genPoly) throw Error(`Encoder not initialized`);
        let t = new Uint8Array(e.length + this.degree);
        t.set(e);
        let r = n.mod(t, this.genPoly),
          i = this.degree - r.length;
        if (i > 0) {
          let e = new Uint8Array(this.degree);
          return (e.set(r, i), e);
        }
        return r;
      }),
      (t.exports = r));
  }),
  ki = e((e) => {
    e.isValid = function (e) {
      return !isNaN(e) && e >= 1 && e <= 40;
    };
  }),
  Ai = e((e) => {
    var t = `[0-9]+`,
      n = `[A-Z $%*+\\-./:]+`,
      r = `(?:[u3000-u303F]|[u3040-u309F]|[u30A0-u30FF]|[uFF00-uFFEF]|[u4E00-u9FAF]|[u2605-u2606]|[u2190-u2195]|u203B|[u2010u2015u2018u2019u2025u2026u201Cu201Du2225u2260]|[u0391-u0451]|[u00A7u00A8u00B1u00B4u00D7u00F7])+`;
    r = r.replace(/u/g, `\\u`);
    var i =
      `(?:(?![A-Z0-9 $%*+\\-./:]|` +
      r +
      `)(?:.|[\r
]))+`;
    ((e.KANJI = new RegExp(r, `g`)),
      (e.BYTE_KANJI = RegExp(`[^A-Z0-9 $%*+\\-./:]+`, `g`)),
      (e.BYTE = new RegExp(i, `g`)),
      (e.NUMERIC = new RegExp(t, `g`)),
      (e.ALPHANUMERIC = new RegExp(n, `g`)));
    var a = RegExp(`^` + r + `$`),
      o = RegExp(`^[0-9]+$`),
      s = RegExp(`^[A-Z0-9 $%*+\\-./:]+$`);
    ((e.testKanji = function (e) {
      return a.test(e);
    }),
      (e.testNumeric = function (e) {
        return o.test(e);
      }),
      (e.testAlphanumeric = function (e) {
        return s.test(e);
      }));
  }),
  ji = e((e) => {
    var t = ki(),
      n = Ai();
    ((e.NUMERIC = { id: `Numeric`, bit: 1, ccBits: [10, 12, 14] }),
      (e.ALPHANUMERIC = { id: `Alphanumeric`, bit: 2, ccBits: [9, 11, 13] }),
      (e.BYTE = { id: `Byte`, bit: 4, ccBits: [8, 16, 16] }),
      (e.KANJI = { id: `Kanji`, bit: 8, ccBits: [8, 10, 12] }),
      (e.MIXED = { bit: -1 }),
      (e.getCharCountIndicator = function (e, n) {
        if (!e.ccBits) throw Error(`Invalid mode: ` + e);
        if (!t.isValid(n)) throw Error(`Invalid version: ` + n);
        return n >= 1 && n < 10 ? e.ccBits[0] : n < 27 ? e.ccBits[1] : e.ccBits[2];
      }),
      (e.getBestModeForData = function (t) {
        return n.testNumeric(t)
          ? e.NUMERIC
          : n.testAlphanumeric(t)
            ? e.ALPHANUMERIC
            : n.testKanji(t)
              ? e.KANJI
              : e.BYTE;
      }),
      (e.toString = function (e) {
        if (e && e.id) return e.id;
        throw Error(`Invalid mode`);
      }),
      (e.isValid = function (e) {
        return e && e.bit && e.ccBits;
      }));
    function r(t) {
      if (typeof t != `string`) throw Error(`Param is not a string`);
      switch (t.toLowerCase()) {
        case `numeric`:
          return e.NUMERIC;
        case `alphanumeric`:
          return e.ALPHANUMERIC;
        case `kanji`:
          return e.KANJI;
        case `byte`:
          return e.BYTE;
        default:
          throw Error(`Unknown mode: ` + t);
      }
    }
    e.from = function (t, n) {
      if (e.isValid(t)) return t;
      try {
        return r(t);
      } catch {
        return n;
      }
    };
  }),
  Mi = e((e) => {
    var t = vi(),
      n = Ti(),
      r = yi(),
      i = ji(),
      a = ki(),
      o = 7973,
      s = t.getBCHDigit(o);
    function c(t, n, r) {
      for (let i = 1; i <= 40; i++) if (n <= e.getCapacity(i, r, t)) return i;
    }
    function l(e, t) {
      return i.getCharCountIndicator(e, t) + 4;
    }
    function u(e, t) {
      let n = 0;
      return (
        e.forEach(function (e) {
          let r = l(e.mode, t);
          n += r + e.getBitsLength();
        }),
        n
      );
    }
    function d(t, n) {
      for (let r = 1; r <= 40; r++) if (u(t, r) <= e.getCapacity(r, n, i.MIXED)) return r;
    }
    ((e.from = function (e, t) {
      return a.isValid(e) ? parseInt(e, 10) : t;
    }),
      (e.getCapacity = function (e, r, o) {
        if (!a.isValid(e)) throw Error(`Invalid QR Code version`);
        o === void 0 && (o = i.BYTE);
        let s = (t.getSymbolTotalCodewords(e) - n.getTotalCodewordsCount(e, r)) * 8;
        if (o === i.MIXED) return s;
        let c = s - l(o, e);
        switch (o) {
          case i.NUMERIC:
            return Math.floor((c / 10) * 3);
          case i.ALPHANUMERIC:
            return Math.floor((c / 11) * 2);
          case i.KANJI:
            return Math.floor(c / 13);
          case i.BYTE:
          default:
            return Math.floor(c / 8);
        }
      }),
      (e.getBestVersionForData = function (e, t) {
        let n,
          i = r.from(t, r.M);
        if (Array.isArray(e)) {
          if (e.length > 1) return d(e, i);
          if (e.length === 0) return 1;
          n = e[0];
        } else n = e;
        return c(n.mode, n.getLength(), i);
      }),
      (e.getEncodedBits = function (e) {
        if (!a.isValid(e) || e < 7) throw Error(`Invalid QR Code version`);
        let n = e << 12;
        for (; t.getBCHDigit(n) - s >= 0;) n ^= o << (t.getBCHDigit(n) - s);
        return (e << 12) | n;
      }));
  }),
  Ni = e((e) => {
    var t = vi(),
      n = 1335,
      r = 21522,
      i = t.getBCHDigit(n);
    e.getEncodedBits = function (e, a) {
      let o = (e.bit << 3) | a,
        s = o << 10;
      for (; t.getBCHDigit(s) - i >= 0;) s ^= n << (t.getBCHDigit(s) - i);
      return ((o << 10) | s) ^ r;
    };
  }),
  Pi = e((e, t) => {
    var n = ji();
    function r(e) {
      ((this.mode = n.NUMERIC), (this.data = e.toString()));
    }
    ((r.getBitsLength = function (e) {
      return 10 * Math.floor(e / 3) + (e % 3 ? (e % 3) * 3 + 1 : 0);
    }),
      (r.prototype.getLength = function () {
        return this.data.length;
      }),
      (r.prototype.getBitsLength = function () {
        return r.getBitsLength(this.data.length);
      }),
      (r.prototype.write = function (e) {
        let t, n, r;
        for (t = 0; t + 3 <= this.data.length; t += 3)
          ((n = this.data.substr(t, 3)), (r = parseInt(n, 10)), e.put(r, 10));
        let i = this.data.length - t;
        i > 0 && ((n = this.data.substr(t)), (r = parseInt(n, 10)), e.put(r, i * 3 + 1));
      }),
      (t.exports = r));
  }),
  Fi = e((e, t) => {
    var n = ji(),
      r = `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:`.split(``);
    function i(e) {
      ((this.mode = n.ALPHANUMERIC), (this.data = e));
    }
    ((i.getBitsLength = function (e) {
      return 11 * Math.floor(e / 2) + (e % 2) * 6;
    }),
      (i.prototype.getLength = function () {
        return this.data.length;
      }),
      (i.prototype.getBitsLength = function () {
        return i.getBitsLength(this.data.length);
      }),
      (i.prototype.write = function (e) {
        let t = 0;
        for (; t + 2 <= this.data.length; t += 2) {
          let n = r.indexOf(this.data[t]) * 45;
          ((n += r.indexOf(this.data[t + 1])), e.put(n, 11));
        }
        this.data.length % 2 && e.put(r.indexOf(this.data[t]), 6);
      }),
      (t.exports = i));
  }),
  Ii = e((e, t) => {
    var n = ji();
    function r(e) {
      ((this.mode = n.BYTE), (this.data = typeof e == `string` ? new TextEncoder().encode(e) : new Uint8Array(e)));
    }
    ((r.getBitsLength = function (e) {
      return e * 8;
    }),
      (r.prototype.getLength = function () {
        return this.data.length;
      }),
      (r.prototype.getBitsLength = function () {
        return r.getBitsLength(this.data.length);
      }),
      (r.prototype.write = function (e) {
        for (let t = 0, n = this.data.length; t < n; t++) e.put(this.data[t], 8);
      }),
      (t.exports = r));
  }),
  Li = e((e, t) => {
    var n = ji(),
      r = vi();
    function i(e) {
      ((this.mode = n.KANJI), (this.data = e));
    }
    ((i.getBitsLength = function (e) {
      return e * 13;
    }),
      (i.prototype.getLength = function () {
        return this.data.length;
      }),
      (i.prototype.getBitsLength = function () {
        return i.getBitsLength(this.data.length);
      }),
      (i.prototype.write = function (e) {
        let t = 0;
        for (; t < this.data.length; t++) {
          let n = r.toSJIS(this.data[t]);
          if (n >= 33088 && n <= 40956) n -= 33088;
          else if (n >= 57408 && n <= 60351) n -= 49472;
          else
            throw Error(
              `Invalid SJIS character: ` +
                this.data[t] +
                `
Make sure your charset is UTF-8`,
            );
          ((n = ((n >>> 8) & 255) * 192 + (n & 255)), e.put(n, 13));
        }
      }),
      (t.exports = i));
  }),
  Ri = e((e, t) => {
    var n = {
      single_source_shortest_paths: function (e, t, r) {
        var i = {},
          a = {};
        a[t] = 0;
        var o = n.PriorityQueue.make();
        o.push(t, 0);
        for (var s, c, l, u, d, f, p, m, h; !o.empty();)
          for (l in ((s = o.pop()), (c = s.value), (u = s.cost), (d = e[c] || {}), d))
            d.hasOwnProperty(l) &&
              ((f = d[l]),
              (p = u + f),
              (m = a[l]),
              (h = a[l] === void 0),
              (h || m > p) && ((a[l] = p), o.push(l, p), (i[l] = c)));
        if (r !== void 0 && a[r] === void 0) {
          var g = [`Could not find a path from `, t, ` to `, r, `.`].join(``);
          throw Error(g);
        }
        return i;
      },
      extract_shortest_path_from_predecessor_list: function (e, t) {
        for (var n = [], r = t; r;) (n.push(r), e[r], (r = e[r]));
        return (n.reverse(), n);
      },
      find_path: function (e, t, r) {
        var i = n.single_source_shortest_paths(e, t, r);
        return n.extract_shortest_path_from_predecessor_list(i, r);
      },
      PriorityQueue: {
        make: function (e) {
          var t = n.PriorityQueue,
            r = {},
            i;
          for (i in ((e ||= {}), t)) t.hasOwnProperty(i) && (r[i] = t[i]);
          return ((r.queue = []), (r.sorter = e.sorter || t.default_sorter), r);
        },
        default_sorter: function (e, t) {
          return e.cost - t.cost;
        },
        push: function (e, t) {
          var n = { value: e, cost: t };
          (this.queue.push(n), this.queue.sort(this.sorter));
        },
        pop: function () {
          return this.queue.shift();
        },
        empty: function () {
          return this.queue.length === 0;
        },
      },
    };
    t !== void 0 && (t.exports = n);
  }),
  zi = e((e) => {
    var t = ji(),
      n = Pi(),
      r = Fi(),
      i = Ii(),
      a = Li(),
      o = Ai(),
      s = vi(),
      c = Ri();
    function l(e) {
      return unescape(encodeURIComponent(e)).length;
    }
    function u(e, t, n) {
      let r = [],
        i;
      for (; (i = e.exec(n)) !== null;) r.push({ data: i[0], index: i.index, mode: t, length: i[0].length });
      return r;
    }
    function d(e) {
      let n = u(o.NUMERIC, t.NUMERIC, e),
        r = u(o.ALPHANUMERIC, t.ALPHANUMERIC, e),
        i,
        a;
      return (
        s.isKanjiModeEnabled()
          ? ((i = u(o.BYTE, t.BYTE, e)), (a = u(o.KANJI, t.KANJI, e)))
          : ((i = u(o.BYTE_KANJI, t.BYTE, e)), (a = [])),
        n
          .concat(r, i, a)
          .sort(function (e, t) {
            return e.index - t.index;
          })
          .map(function (e) {
            return { data: e.data, mode: e.mode, length: e.length };
          })
      );
    }
    function f(e, o) {
      switch (o) {
        case t.NUMERIC:
          return n.getBitsLength(e);
        case t.ALPHANUMERIC:
          return r.getBitsLength(e);
        case t.KANJI:
          return a.getBitsLength(e);
        case t.BYTE:
          return i.getBitsLength(e);
      }
    }
    function p(e) {
      return e.reduce(function (e, t) {
        let n = e.length - 1 >= 0 ? e[e.length - 1] : null;
        return n && n.mode === t.mode ? ((e[e.length - 1].data += t.data), e) : (e.push(t), e);
      }, []);
    }
    function m(e) {
      let n = [];
      for (let r = 0; r < e.length; r++) {
        let i = e[r];
        switch (i.mode) {
          case t.NUMERIC:
            n.push([
              i,
              { data: i.data, mode: t.ALPHANUMERIC, length: i.length },
              { data: i.data, mode: t.BYTE, length: i.length },
            ]);
            break;
          case t.ALPHANUMERIC:
            n.push([i, { data: i.data, mode: t.BYTE, length: i.length }]);
            break;
          case t.KANJI:
            n.push([i, { data: i.data, mode: t.BYTE, length: l(i.data) }]);
            break;
          case t.BYTE:
            n.push([{ data: i.data, mode: t.BYTE, length: l(i.data) }]);
        }
      }
      return n;
    }
    function h(e, n) {
      let r = {},
        i = { start: {} },
        a = [`start`];
      for (let o = 0; o < e.length; o++) {
        let s = e[o],
          c = [];
        for (let e = 0; e < s.length; e++) {
          let l = s[e],
            u = `` + o + e;
          (c.push(u), (r[u] = { node: l, lastCount: 0 }), (i[u] = {}));
          for (let e = 0; e < a.length; e++) {
            let o = a[e];
            r[o] && r[o].node.mode === l.mode
              ? ((i[o][u] = f(r[o].lastCount + l.length, l.mode) - f(r[o].lastCount, l.mode)),
                (r[o].lastCount += l.length))
              : (r[o] && (r[o].lastCount = l.length),
                (i[o][u] = f(l.length, l.mode) + 4 + t.getCharCountIndicator(l.mode, n)));
          }
        }
        a = c;
      }
      for (let e = 0; e < a.length; e++) i[a[e]].end = 0;
      return { map: i, table: r };
    }
    function g(e, o) {
      let c,
        l = t.getBestModeForData(e);
      if (((c = t.from(o, l)), c !== t.BYTE && c.bit < l.bit))
        throw Error(
          `"` +
            e +
            `" cannot be encoded with mode ` +
            t.toString(c) +
            `.
 Suggested mode is: ` +
            t.toString(l),
        );
      switch ((c === t.KANJI && !s.isKanjiModeEnabled() && (c = t.BYTE), c)) {
        case t.NUMERIC:
          return new n(e);
        case t.ALPHANUMERIC:
          return new r(e);
        case t.KANJI:
          return new a(e);
        case t.BYTE:
          return new i(e);
      }
    }
    ((e.fromArray = function (e) {
      return e.reduce(function (e, t) {
        return (typeof t == `string` ? e.push(g(t, null)) : t.data && e.push(g(t.data, t.mode)), e);
      }, []);
    }),
      (e.fromString = function (t, n) {
        let r = h(m(d(t, s.isKanjiModeEnabled())), n),
          i = c.find_path(r.map, `start`, `end`),
          a = [];
        for (let e = 1; e < i.length - 1; e++) a.push(r.table[i[e]].node);
        return e.fromArray(p(a));
      }),
      (e.rawSplit = function (t) {
        return e.fromArray(d(t, s.isKanjiModeEnabled()));
      }));
  }),
  Bi = e((e) => {
    var t = vi(),
      n = yi(),
      r = bi(),
      i = xi(),
      a = Si(),
      o = Ci(),
      s = wi(),
      c = Ti(),
      l = Oi(),
      u = Mi(),
      d = Ni(),
      f = ji(),
      p = zi();
    function m(e, t) {
      let n = e.size,
        r = o.getPositions(t);
      for (let t = 0; t < r.length; t++) {
        let i = r[t][0],
          a = r[t][1];
        for (let t = -1; t <= 7; t++)
          if (!(i + t <= -1 || n <= i + t))
            for (let r = -1; r <= 7; r++)
              a + r <= -1 ||
                n <= a + r ||
                ((t >= 0 && t <= 6 && (r === 0 || r === 6)) ||
                (r >= 0 && r <= 6 && (t === 0 || t === 6)) ||
                (t >= 2 && t <= 4 && r >= 2 && r <= 4)
                  ? e.set(i + t, a + r, !0, !0)
                  : e.set(i + t, a + r, !1, !0));
      }
    }
    function h(e) {
      let t = e.size;
      for (let n = 8; n < t - 8; n++) {
        let t = n % 2 == 0;
        (e.set(n, 6, t, !0), e.set(6, n, t, !0));
      }
    }
    function g(e, t) {
      let n = a.getPositions(t);
      for (let t = 0; t < n.length; t++) {
        let r = n[t][0],
          i = n[t][1];
        for (let t = -2; t <= 2; t++)
          for (let n = -2; n <= 2; n++)
            t === -2 || t === 2 || n === -2 || n === 2 || (t === 0 && n === 0)
              ? e.set(r + t, i + n, !0, !0)
              : e.set(r + t, i + n, !1, !0);
      }
    }
    function _(e, t) {
      let n = e.size,
        r = u.getEncodedBits(t),
        i,
        a,
        o;
      for (let t = 0; t < 18; t++)
        ((i = Math.floor(t / 3)),
          (a = (t % 3) + n - 8 - 3),
          (o = ((r >> t) & 1) == 1),
          e.set(i, a, o, !0),
          e.set(a, i, o, !0));
    }
    function v(e, t, n) {
      let r = e.size,
        i = d.getEncodedBits(t, n),
        a,
        o;
      for (a = 0; a < 15; a++)
        ((o = ((i >> a) & 1) == 1),
          a < 6 ? e.set(a, 8, o, !0) : a < 8 ? e.set(a + 1, 8, o, !0) : e.set(r - 15 + a, 8, o, !0),
          a < 8 ? e.set(8, r - a - 1, o, !0) : a < 9 ? e.set(8, 15 - a - 1 + 1, o, !0) : e.set(8, 15 - a - 1, o, !0));
      e.set(r - 8, 8, 1, !0);
    }
    function y(e, t) {
      let n = e.size,
        r = -1,
        i = n - 1,
        a = 7,
        o = 0;
      for (let s = n - 1; s > 0; s -= 2)
        for (s === 6 && s--; ;) {
          for (let n = 0; n < 2; n++)
            if (!e.isReserved(i, s - n)) {
              let r = !1;
              (o < t.length && (r = ((t[o] >>> a) & 1) == 1), e.set(i, s - n, r), a--, a === -1 && (o++, (a = 7)));
            }
          if (((i += r), i < 0 || n <= i)) {
            ((i -= r), (r = -r));
            break;
          }
        }
    }
    function b(e, n, i) {
      let a = new r();
      i.forEach(function (t) {
        (a.put(t.mode.bit, 4), a.put(t.getLength(), f.getCharCountIndicator(t.mode, e)), t.write(a));
      });
      let o = (t.getSymbolTotalCodewords(e) - c.getTotalCodewordsCount(e, n)) * 8;
      for (a.getLengthInBits() + 4 <= o && a.put(0, 4); a.getLengthInBits() % 8 != 0;) a.putBit(0);
      let s = (o - a.getLengthInBits()) / 8;
      for (let e = 0; e < s; e++) a.put(e % 2 ? 17 : 236, 8);
      return x(a, e, n);
    }
    function x(e, n, r) {
      let i = t.getSymbolTotalCodewords(n),
        a = i - c.getTotalCodewordsCount(n, r),
        o = c.getBlocksCount(n, r),
        s = o - (i % o),
        u = Math.floor(i / o),
        d = Math.floor(a / o),
        f = d + 1,
        p = u - d,
        m = new l(p),
        h = 0,
        g = Array(o),
        _ = Array(o),
        v = 0,
        y = new Uint8Array(e.buffer);
      for (let e = 0; e < o; e++) {
        let t = e < s ? d : f;
        ((g[e] = y.slice(h, h + t)), (_[e] = m.encode(g[e])), (h += t), (v = Math.max(v, t)));
      }
      let b = new Uint8Array(i),
        x = 0,
        S,
        ee;
      for (S = 0; S < v; S++) for (ee = 0; ee < o; ee++) S < g[ee].length && (b[x++] = g[ee][S]);
      for (S = 0; S < p; S++) for (ee = 0; ee < o; ee++) b[x++] = _[ee][S];
      return b;
    }
    function S(e, n, r, a) {
      let o;
      if (Array.isArray(e)) o = p.fromArray(e);
      else if (typeof e == `string`) {
        let t = n;
        if (!t) {
          let n = p.rawSplit(e);
          t = u.getBestVersionForData(n, r);
        }
        o = p.fromString(e, t || 40);
      } else throw Error(`Invalid data`);
      let c = u.getBestVersionForData(o, r);
      if (!c) throw Error(`The amount of data is too big to be stored in a QR Code`);
      if (!n) n = c;
      else if (n < c)
        throw Error(
          `
The chosen QR Code version cannot contain this amount of data.
Minimum version required to store current data is: ` +
            c +
            `.
`,
        );
      let l = b(n, r, o),
        d = new i(t.getSymbolSize(n));
      return (
        m(d, n),
        h(d),
        g(d, n),
        v(d, r, 0),
        n >= 7 && _(d, n),
        y(d, l),
        isNaN(a) && (a = s.getBestMask(d, v.bind(null, d, r))),
        s.applyMask(a, d),
        v(d, r, a),
        { modules: d, version: n, errorCorrectionLevel: r, maskPattern: a, segments: o }
      );
    }
    e.create = function (e, r) {
      if (e === void 0 || e === ``) throw Error(`No input text`);
      let i = n.M,
        a,
        o;
      return (
        r !== void 0 &&
          ((i = n.from(r.errorCorrectionLevel, n.M)),
          (a = u.from(r.version)),
          (o = s.from(r.maskPattern)),
          r.toSJISFunc && t.setToSJISFunction(r.toSJISFunc)),
        S(e, a, i, o)
      );
    };
  }),
  Vi = e((e) => {
    function t(e) {
      if ((typeof e == `number` && (e = e.toString()), typeof e != `string`))
        throw Error(`Color should be defined as hex string`);
      let t = e.slice().replace(`#`, ``).split(``);
      if (t.length < 3 || t.length === 5 || t.length > 8) throw Error(`Invalid hex color: ` + e);
      ((t.length === 3 || t.length === 4) &&
        (t = Array.prototype.concat.apply(
          [],
          t.map(function (e) {
            return [e, e];
          }),
        )),
        t.length === 6 && t.push(`F`, `F`));
      let n = parseInt(t.join(``), 16);
      return {
        r: (n >> 24) & 255,
        g: (n >> 16) & 255,
        b: (n >> 8) & 255,
        a: n & 255,
        hex: `#` + t.slice(0, 6).join(``),
      };
    }
    ((e.getOptions = function (e) {
      ((e ||= {}), e.color || (e.color = {}));
      let n = e.margin === void 0 || e.margin === null || e.margin < 0 ? 4 : e.margin,
        r = e.width && e.width >= 21 ? e.width : void 0,
        i = e.scale || 4;
      return {
        width: r,
        scale: r ? 4 : i,
        margin: n,
        color: { dark: t(e.color.dark || `#000000ff`), light: t(e.color.light || `#ffffffff`) },
        type: e.type,
        rendererOpts: e.rendererOpts || {},
      };
    }),
      (e.getScale = function (e, t) {
        return t.width && t.width >= e + t.margin * 2 ? t.width / (e + t.margin * 2) : t.scale;
      }),
      (e.getImageWidth = function (t, n) {
        let r = e.getScale(t, n);
        return Math.floor((t + n.margin * 2) * r);
      }),
      (e.qrToImageData = function (t, n, r) {
        let i = n.modules.size,
          a = n.modules.data,
          o = e.getScale(i, r),
          s = Math.floor((i + r.margin * 2) * o),
          c = r.margin * o,
          l = [r.color.light, r.color.dark];
        for (let e = 0; e < s; e++)
          for (let n = 0; n < s; n++) {
            let u = (e * s + n) * 4,
              d = r.color.light;
            if (e >= c && n >= c && e < s - c && n < s - c) {
              let t = Math.floor((e - c) / o),
                r = Math.floor((n - c) / o);
              d = l[+!!a[t * i + r]];
            }
            ((t[u++] = d.r), (t[u++] = d.g), (t[u++] = d.b), (t[u] = d.a));
          }
      }));
  }),
  Hi = e((e) => {
    var t = Vi();
    function n(e, t, n) {
      (e.clearRect(0, 0, t.width, t.height),
        (t.style ||= {}),
        (t.height = n),
        (t.width = n),
        (t.style.height = n + `px`),
        (t.style.width = n + `px`));
    }
    function r() {
      try {
        return document.createElement(`canvas`);
      } catch {
        throw Error(`You need to specify a canvas element`);
      }
    }
    ((e.render = function (e, i, a) {
      let o = a,
        s = i;
      (o !== void 0 || (i && i.getContext) || ((o = i), (i = void 0)), i || (s = r()), (o = t.getOptions(o)));
      let c = t.getImageWidth(e.modules.size, o),
        l = s.getContext(`2d`),
        u = l.createImageData(c, c);
      return (t.qrToImageData(u.data, e, o), n(l, s, c), l.putImageData(u, 0, 0), s);
    }),
      (e.renderToDataURL = function (t, n, r) {
        let i = r;
        (i !== void 0 || (n && n.getContext) || ((i = n), (n = void 0)), (i ||= {}));
        let a = e.render(t, n, i),
          o = i.type || `image/png`,
          s = i.rendererOpts || {};
        return a.toDataURL(o, s.quality);
      }));
  }),
  Ui = e((e) => {
    var t = Vi();
    function n(e, t) {
      let n = e.a / 255,
        r = t + `="` + e.hex + `"`;
      return n < 1 ? r + ` ` + t + `-opacity="` + n.toFixed(2).slice(1) + `"` : r;
    }
    function r(e, t, n) {
      let r = e + t;
      return (n !== void 0 && (r += ` ` + n), r);
    }
    function i(e, t, n) {
      let i = ``,
        a = 0,
        o = !1,
        s = 0;
      for (let c = 0; c < e.length; c++) {
        let l = Math.floor(c % t),
          u = Math.floor(c / t);
        (!l && !o && (o = !0),
          e[c]
            ? (s++,
              (c > 0 && l > 0 && e[c - 1]) || ((i += o ? r(`M`, l + n, 0.5 + u + n) : r(`m`, a, 0)), (a = 0), (o = !1)),
              (l + 1 < t && e[c + 1]) || ((i += r(`h`, s)), (s = 0)))
            : a++);
      }
      return i;
    }
    e.render = function (e, r, a) {
      let o = t.getOptions(r),
        s = e.modules.size,
        c = e.modules.data,
        l = s + o.margin * 2,
        u = o.color.light.a ? `<path ` + n(o.color.light, `fill`) + ` d="M0 0h` + l + `v` + l + `H0z"/>` : ``,
        d = `<path ` + n(o.color.dark, `stroke`) + ` d="` + i(c, s, o.margin) + `"/>`,
        f = `viewBox="0 0 ` + l + ` ` + l + `"`,
        p =
          `<svg xmlns="http://www.w3.org/2000/svg" ` +
          (o.width ? `width="` + o.width + `" height="` + o.width + `" ` : ``) +
          f +
          ` shape-rendering="crispEdges">` +
          u +
          d +
          `</svg>
`;
      return (typeof a == `function` && a(null, p), p);
    };
  }),
  Wi = e((e) => {
    var t = _i(),
      n = Bi(),
      r = Hi(),
      i = Ui();
    function a(e, r, i, a, o) {
      let s = [].slice.call(arguments, 1),
        c = s.length,
        l = typeof s[c - 1] == `function`;
      if (!l && !t()) throw Error(`Callback required as last argument`);
      if (l) {
        if (c < 2) throw Error(`Too few arguments provided`);
        c === 2
          ? ((o = i), (i = r), (r = a = void 0))
          : c === 3 &&
            (r.getContext && o === void 0 ? ((o = a), (a = void 0)) : ((o = a), (a = i), (i = r), (r = void 0)));
      } else {
        if (c < 1) throw Error(`Too few arguments provided`);
        return (
          c === 1 ? ((i = r), (r = a = void 0)) : c === 2 && !r.getContext && ((a = i), (i = r), (r = void 0)),
          new Promise(function (t, o) {
            try {
              t(e(n.create(i, a), r, a));
            } catch (e) {
              o(e);
            }
          })
        );
      }
      try {
        let t = n.create(i, a);
        o(null, e(t, r, a));
      } catch (e) {
        o(e);
      }
    }
    ((e.create = n.create),
      (e.toCanvas = a.bind(null, r.render)),
      (e.toDataURL = a.bind(null, r.renderToDataURL)),
      (e.toString = a.bind(null, function (e, t, n) {
        return i.render(e, n);
      })));
  })();
function Gi({ text: e, label: t }) {
  let n = (0, g.useMemo)(() => {
    let { modules: t } = (0, Wi.create)(e, { errorCorrectionLevel: `M` }),
      n = [];
    for (let e = 0; e < t.size; e++)
      for (let r = 0; r < t.size; r++) t.get(e, r) && n.push(`M${r + 4} ${e + 4}h1v1h-1z`);
    return { d: n.join(``), size: t.size + 8 };
  }, [e]);
  return (0, F.jsxs)(`svg`, {
    className: `qr`,
    viewBox: `0 0 ${n.size} ${n.size}`,
    role: `img`,
    "aria-label": t,
    "data-qr": e,
    shapeRendering: `crispEdges`,
    children: [
      (0, F.jsx)(`rect`, { width: n.size, height: n.size, fill: `#fff` }),
      (0, F.jsx)(`path`, { d: n.d, fill: `#000` }),
    ],
  });
}
var Ki = {
  declined: `Оплата не прошла: банк отклонил платёж. Можно попробовать ещё раз — тем же или другим банком.`,
  expired: `Время на оплату истекло.`,
  failed: `Оплата отменена.`,
};
function qi({ visit: e }) {
  let { api: t, catalog: n, dispatch: r, unreachable: i } = ni(),
    [a, o] = (0, g.useState)(null),
    [s, c] = (0, g.useState)(null),
    [l, u] = (0, g.useState)(() => Date.now()),
    [d, f] = (0, g.useState)(!1),
    [p, m] = (0, g.useState)(0),
    h = ri(n, e.service, e.vehicle.type);
  ((0, g.useEffect)(() => {
    if (e.phase !== `creating`) return;
    let n = !0;
    return (
      o(null),
      c(null),
      t.payments.createIntent
        .mutate({ sessionId: e.sessionId, amount: h, currency: `RUB`, idempotencyKey: e.attempt })
        .then((e) => {
          n && (o(e), r({ type: `intentCreated`, paymentId: e.id }));
        })
        .catch((e) => {
          n && !i(e) && c(Pr(e));
        }),
      () => {
        n = !1;
      }
    );
  }, [t, h, r, i, e.attempt, e.phase, e.sessionId, p]),
    (0, g.useEffect)(() => {
      if (e.phase !== `pending` || !e.paymentId) return;
      let n = t.payments.onStatus.subscribe(
        { id: e.paymentId },
        {
          onData: ({ data: e }) => {
            (o(e),
              e.status !== `pending` &&
                r({ type: `paymentEnded`, status: e.status === `refunded` ? `cancelled` : e.status }));
          },
          onError: (e) => void i(e),
        },
      );
      return () => n.unsubscribe();
    }, [t, r, i, e.paymentId, e.phase]),
    (0, g.useEffect)(() => {
      let e = setInterval(() => u(Date.now()), 1e3);
      return () => clearInterval(e);
    }, []));
  async function _() {
    f(!0);
    try {
      if (
        e.paymentId &&
        e.phase === `pending` &&
        (await t.payments.cancel.mutate({ id: e.paymentId })).status === `confirmed`
      ) {
        r({ type: `paymentEnded`, status: `confirmed` });
        return;
      }
      (await t.sessions.cancel.mutate({ id: e.sessionId }).catch((e) => {
        if (jr(e)?.code !== `CONFLICT`) throw e;
      }),
        r({ type: `reset` }));
    } catch (e) {
      i(e) || c(Pr(e));
    } finally {
      f(!1);
    }
  }
  let v = e.phase === `declined` || e.phase === `expired` || e.phase === `failed`;
  return (0, F.jsx)(ii, {
    name: `payment`,
    title: `Оплата по QR-коду`,
    lead: `${fi[e.service]} — ${ui(h)}`,
    actions: (0, F.jsxs)(F.Fragment, {
      children: [
        (0, F.jsx)(ai, {
          kind: `secondary`,
          name: `cancel`,
          onClick: () => void _(),
          disabled: d,
          children: `Отменить`,
        }),
        v
          ? (0, F.jsx)(ai, {
              name: `retry`,
              onClick: () => r({ type: `retryPayment`, attempt: crypto.randomUUID() }),
              children: `Попробовать снова`,
            })
          : null,
      ],
    }),
    children: v
      ? (0, F.jsx)(oi, { message: Ki[e.phase] })
      : s
        ? (0, F.jsx)(oi, {
            message: s,
            children: (0, F.jsx)(ai, { kind: `secondary`, onClick: () => m(p + 1), children: `Повторить` }),
          })
        : a?.qrCodeData
          ? (0, F.jsxs)(`div`, {
              className: `pay`,
              children: [
                (0, F.jsx)(Gi, { text: a.qrCodeData, label: `QR-код для оплаты ${ui(a.amount)}` }),
                (0, F.jsxs)(`div`, {
                  className: `pay-info`,
                  children: [
                    (0, F.jsx)(`p`, { className: `pay-amount`, "data-amount": a.amount, children: ui(a.amount) }),
                    (0, F.jsx)(`p`, {
                      children: `Откройте приложение банка или камеру телефона и наведите на QR-код.`,
                    }),
                    (0, F.jsxs)(`p`, {
                      className: `pay-countdown`,
                      "data-countdown": !0,
                      children: [`Код действует ещё `, di(a.expiresAt - l)],
                    }),
                    (0, F.jsx)(`p`, { className: `pay-status`, "data-status": a.status, children: `Ждём оплату…` }),
                    n.environment === `DEV`
                      ? (0, F.jsx)(`p`, {
                          className: `demo-note`,
                          children: `ДЕМО: оплата подтвердится сама через пару секунд`,
                        })
                      : null,
                  ],
                }),
              ],
            })
          : (0, F.jsx)(`p`, { className: `waiting`, children: `Готовим QR-код…` }),
  });
}
var Ji = { high: `серьёзно`, medium: `важно`, low: `незначительно` };
function Yi({ report: e }) {
  if (e.type === `thickness`) {
    let t = e.data;
    return (0, F.jsxs)(`div`, {
      className: `summary`,
      "data-summary": `thickness`,
      children: [
        (0, F.jsx)(`p`, { className: `verdict verdict-${Xi(t.zones)}`, children: t.summary.recommendation }),
        (0, F.jsxs)(`p`, {
          className: `summary-counts`,
          children: [
            `Норма: `,
            t.summary.counts.normal,
            `, внимание: `,
            t.summary.counts.warning,
            `, критично:`,
            ` `,
            t.summary.counts.critical,
          ],
        }),
        (0, F.jsx)(`ol`, {
          className: `zones`,
          children: t.zones.map((e) =>
            (0, F.jsxs)(
              `li`,
              {
                className: `zone zone-${e.verdict}`,
                "data-verdict": e.verdict,
                children: [
                  (0, F.jsx)(`span`, { children: e.zone }),
                  (0, F.jsxs)(`strong`, { children: [e.valueUm, ` мкм`] }),
                ],
              },
              e.zone,
            ),
          ),
        }),
      ],
    });
  }
  let t = e.data;
  return (0, F.jsxs)(`div`, {
    className: `summary`,
    "data-summary": `diagnostics`,
    children: [
      (0, F.jsxs)(`p`, { className: `summary-vehicle`, children: [t.vehicleMake, ` `, t.vehicleModel] }),
      t.dtcCodes.length === 0
        ? (0, F.jsx)(`p`, { className: `verdict verdict-normal`, children: `Неисправности не обнаружены` })
        : (0, F.jsx)(`ul`, {
            className: `dtcs`,
            children: t.dtcCodes.map((e) =>
              (0, F.jsxs)(
                `li`,
                {
                  className: `dtc dtc-${e.severity}`,
                  children: [
                    (0, F.jsx)(`strong`, { children: e.code }),
                    ` `,
                    e.description,
                    ` `,
                    (0, F.jsxs)(`em`, { children: [`(`, Ji[e.severity], `)`] }),
                  ],
                },
                e.code,
              ),
            ),
          }),
    ],
  });
}
var Xi = (e) =>
    e.some((e) => e.verdict === `critical`)
      ? `critical`
      : e.some((e) => e.verdict === `warning`)
        ? `warning`
        : `normal`,
  Zi = { pending: `ждёт отправки`, sending: `отправляется…`, sent: `отправлено`, dead: `не удалось отправить` };
function Qi({ visit: e }) {
  let { api: t, catalog: n, dispatch: r, unreachable: i } = ni(),
    [a, o] = (0, g.useState)(null),
    [s, c] = (0, g.useState)(new Map()),
    [l, u] = (0, g.useState)(null),
    [d, f] = (0, g.useState)(0);
  ((0, g.useEffect)(() => {
    if (e.reportId || !e.scan) return;
    let n = !0;
    return (
      $i(t, e.sessionId, e.vehicle, e.scan)
        .then((e) => n && r({ type: `reportCreated`, reportId: e }))
        .catch((e) => {
          n && !i(e) && u(Pr(e));
        }),
      () => {
        n = !1;
      }
    );
  }, [t, r, i, e.reportId, e.scan, e.sessionId, e.vehicle, d]),
    (0, g.useEffect)(() => {
      if (!e.reportId) return;
      let n = e.reportId;
      t.reports.get
        .query({ id: n })
        .then(o)
        .catch((e) => !i(e) && u(Pr(e)));
      let r = t.reports.onDelivery.subscribe(
        { id: n },
        { onData: ({ data: e }) => c((t) => new Map(t).set(e.id, e)), onError: (e) => void i(e) },
      );
      return () => r.unsubscribe();
    }, [t, i, e.reportId]));
  let p = Math.max(0, ...[...s.values()].map((e) => e.round)),
    m = [...s.values()].filter((e) => e.round === p),
    h =
      m.length > 0 &&
      m.every((e) => e.status === `sent` || e.status === `dead`) &&
      a !== null &&
      a.resends < n.reports.maxResends;
  async function _() {
    if (a)
      try {
        o(await t.reports.resend.mutate({ id: a.id }));
      } catch (e) {
        i(e) || u(Pr(e));
      }
  }
  return (0, F.jsxs)(ii, {
    name: `report`,
    title: a ? `Отчёт готов` : `Формируем отчёт…`,
    actions: (0, F.jsxs)(F.Fragment, {
      children: [
        h
          ? (0, F.jsx)(ai, {
              kind: `secondary`,
              name: `resend`,
              onClick: () => void _(),
              children: `Отправить ещё раз`,
            })
          : null,
        (0, F.jsx)(ai, { name: `finish`, disabled: !a, onClick: () => r({ type: `finish` }), children: `Готово` }),
      ],
    }),
    children: [
      l
        ? (0, F.jsx)(oi, {
            message: l,
            children: (0, F.jsx)(ai, { kind: `secondary`, onClick: () => f(d + 1), children: `Повторить` }),
          })
        : null,
      (0, F.jsx)(`ul`, {
        className: `deliveries`,
        children: m.map((e) =>
          (0, F.jsxs)(
            `li`,
            {
              "data-delivery": e.channel,
              "data-status": e.status,
              className: `delivery delivery-${e.status}`,
              children: [e.channel === `email` ? `Письмо` : `SMS`, ` на `, e.recipient, `: `, Zi[e.status]],
            },
            e.id,
          ),
        ),
      }),
      a ? (0, F.jsx)(Yi, { report: a }) : null,
    ],
  });
}
async function $i(e, t, n, r) {
  try {
    return (
      r.service === `diagnostics`
        ? await e.reports.generateDiagnostics.mutate({
            sessionId: t,
            vehicleMake: n.make ?? ``,
            vehicleModel: n.model ?? ``,
            dtcCodes: r.dtcCodes,
            scanDurationSeconds: r.scanDurationSeconds,
            timestamp: r.timestamp,
          })
        : await e.reports.generateThickness.mutate({
            sessionId: t,
            vehicleType: n.type ?? `sedan`,
            measurements: r.measurements,
            timestamp: r.timestamp,
          })
    ).id;
  } catch (e) {
    let t = jr(e)?.details.reportId;
    if (typeof t == `string`) return t;
    throw e;
  }
}
function ea({ visit: e }) {
  let { devices: t, dispatch: n } = ni(),
    [r, i] = (0, g.useState)({ fraction: 0, activity: `Подключаемся к прибору…` }),
    [a, o] = (0, g.useState)(!1),
    [s, c] = (0, g.useState)(0);
  (0, g.useEffect)(() => {
    let r = new AbortController(),
      a = Date.now(),
      s =
        e.service === `diagnostics`
          ? t.diagnostics
              .scan(i, r.signal)
              .then((e) => n({ type: `scanned`, scan: { service: `diagnostics`, ...e, timestamp: a } }))
          : t.thickness
              .measure(e.vehicle.type ?? `sedan`, i, r.signal)
              .then((e) => n({ type: `scanned`, scan: { service: `thickness`, measurements: e, timestamp: a } }));
    return (
      o(!1),
      s.catch(() => {
        r.signal.aborted || o(!0);
      }),
      () => r.abort()
    );
  }, [t, n, e.service, e.vehicle.type, s]);
  let l = Math.round(r.fraction * 100);
  return (0, F.jsxs)(ii, {
    name: `scan`,
    title: e.service === `diagnostics` ? `Идёт диагностика` : `Идёт измерение`,
    lead:
      e.service === `diagnostics`
        ? `Не выключайте зажигание и не отсоединяйте адаптер`
        : `Оператор прикладывает датчик к кузову, точка за точкой`,
    children: [
      (0, F.jsx)(`p`, { className: `scan-service`, children: fi[e.service] }),
      (0, F.jsx)(`div`, {
        className: `progress`,
        role: `progressbar`,
        "aria-valuenow": l,
        "aria-valuemin": 0,
        "aria-valuemax": 100,
        children: (0, F.jsx)(`div`, { className: `progress-bar`, style: { width: `${l}%` } }),
      }),
      a
        ? (0, F.jsx)(oi, {
            message: `Прибор не отвечает. Оплата сохранена: позовите, пожалуйста, оператора или попробуйте ещё раз.`,
            children: (0, F.jsx)(ai, { onClick: () => c(s + 1), children: `Повторить измерение` }),
          })
        : (0, F.jsx)(`p`, { className: `scan-activity`, "data-progress": l, children: r.activity }),
    ],
  });
}
function ta() {
  let { dispatch: e, catalog: t } = ni(),
    n = Math.min(...t.services.thickness.prices.map((e) => e.amount));
  return (0, F.jsx)(ii, {
    name: `service`,
    title: `Выберите услугу`,
    actions: (0, F.jsx)(ai, { kind: `secondary`, onClick: () => e({ type: `back` }), children: `Назад` }),
    children: (0, F.jsxs)(`div`, {
      className: `cards`,
      children: [
        (0, F.jsxs)(`button`, {
          type: `button`,
          className: `card`,
          "data-service": `thickness`,
          onClick: () => e({ type: `chooseService`, service: `thickness` }),
          children: [
            (0, F.jsx)(`span`, { className: `card-title`, children: fi.thickness }),
            (0, F.jsx)(`span`, {
              className: `card-text`,
              children: `Измерим толщину лакокрасочного покрытия в 44–50 точках кузова и покажем, где машину красили.`,
            }),
            (0, F.jsxs)(`span`, { className: `card-price`, children: [`от `, ui(n)] }),
          ],
        }),
        (0, F.jsxs)(`button`, {
          type: `button`,
          className: `card`,
          "data-service": `diagnostics`,
          onClick: () => e({ type: `chooseService`, service: `diagnostics` }),
          children: [
            (0, F.jsx)(`span`, { className: `card-title`, children: fi.diagnostics }),
            (0, F.jsx)(`span`, {
              className: `card-text`,
              children: `Подключимся к разъёму OBD-II, прочитаем ошибки электронных блоков и объясним их по-русски.`,
            }),
            (0, F.jsx)(`span`, { className: `card-price`, children: ui(t.services.diagnostics.price) }),
          ],
        }),
      ],
    }),
  });
}
function na() {
  return (0, F.jsx)(ii, {
    name: `unavailable`,
    title: `Терминал временно недоступен`,
    lead: `Мы уже восстанавливаем связь. Пожалуйста, подождите немного.`,
    children: (0, F.jsx)(`div`, { className: `spinner`, "aria-hidden": !0 }),
  });
}
var ra = [`Lada`, `Toyota`, `Kia`, `Hyundai`, `Volkswagen`, `Renault`, `Skoda`, `Nissan`, `Haval`, `Chery`];
function ia({ service: e }) {
  let { dispatch: t, catalog: n } = ni(),
    r = (0, F.jsx)(ai, { kind: `secondary`, onClick: () => t({ type: `back` }), children: `Назад` });
  return e === `thickness`
    ? (0, F.jsx)(ii, {
        name: `vehicle`,
        title: `Какой у вас кузов?`,
        lead: `От типа кузова зависит число точек измерения и цена`,
        actions: r,
        children: (0, F.jsx)(`div`, {
          className: `cards`,
          children: n.services.thickness.prices.map(({ vehicleType: e, amount: n }) =>
            (0, F.jsxs)(
              `button`,
              {
                type: `button`,
                className: `card card-compact`,
                "data-vehicle": e,
                onClick: () => t({ type: `chooseVehicle`, vehicle: { type: e } }),
                children: [
                  (0, F.jsx)(`span`, { className: `card-title`, children: pi[e] }),
                  (0, F.jsx)(`span`, { className: `card-price`, children: ui(n) }),
                ],
              },
              e,
            ),
          ),
        }),
      })
    : (0, F.jsx)(aa, { back: r });
}
function aa({ back: e }) {
  let { dispatch: t } = ni(),
    [n, r] = (0, g.useState)(``),
    [i, a] = (0, g.useState)(``),
    [o, s] = (0, g.useState)(`make`),
    [c, l] = o === `make` ? [n, r] : [i, a],
    u = n.trim().length > 0 && i.trim().length > 0;
  return (0, F.jsxs)(ii, {
    name: `vehicle`,
    title: `Марка и модель`,
    lead: `Они будут в отчёте`,
    actions: (0, F.jsxs)(F.Fragment, {
      children: [
        e,
        (0, F.jsx)(ai, {
          name: `next`,
          disabled: !u,
          onClick: () => t({ type: `chooseVehicle`, vehicle: { make: n.trim(), model: i.trim() } }),
          children: `Далее`,
        }),
      ],
    }),
    children: [
      (0, F.jsx)(`div`, {
        className: `chips`,
        children: ra.map((e) =>
          (0, F.jsx)(
            `button`,
            {
              type: `button`,
              className: `chip${n === e ? ` chip-on` : ``}`,
              onClick: () => {
                (r(e), s(`model`));
              },
              children: e,
            },
            e,
          ),
        ),
      }),
      (0, F.jsxs)(`div`, {
        className: `fields`,
        children: [
          (0, F.jsxs)(`button`, {
            type: `button`,
            className: `field${o === `make` ? ` field-active` : ``}`,
            "data-field": `make`,
            onClick: () => s(`make`),
            children: [
              (0, F.jsx)(`span`, { className: `field-label`, children: `Марка` }),
              (0, F.jsx)(`span`, { className: `field-value`, children: n || `\xA0` }),
            ],
          }),
          (0, F.jsxs)(`button`, {
            type: `button`,
            className: `field${o === `model` ? ` field-active` : ``}`,
            "data-field": `model`,
            onClick: () => s(`model`),
            children: [
              (0, F.jsx)(`span`, { className: `field-label`, children: `Модель` }),
              (0, F.jsx)(`span`, { className: `field-value`, children: i || `\xA0` }),
            ],
          }),
        ],
      }),
      (0, F.jsx)(Jr, { mode: `text`, onText: (e) => l((c + e).slice(0, 60)), onBackspace: () => l(c.slice(0, -1)) }, o),
    ],
  });
}
function oa(e, t) {
  switch (t.type) {
    case `reset`:
      return { step: `idle` };
    case `resume`:
      return t.visit;
    case `start`:
      return e.step === `idle` ? { step: `service` } : e;
    case `chooseService`:
      return e.step === `service` ? { step: `vehicle`, service: t.service } : e;
    case `chooseVehicle`:
      return e.step === `vehicle` ? { step: `contact`, service: e.service, vehicle: t.vehicle } : e;
    case `back`:
      return sa(e);
    case `sessionCreated`:
      return e.step === `contact`
        ? {
            step: `payment`,
            service: e.service,
            vehicle: e.vehicle,
            sessionId: t.sessionId,
            attempt: t.attempt,
            paymentId: null,
            phase: `creating`,
          }
        : e;
    case `intentCreated`:
      return e.step === `payment` && e.phase === `creating` ? { ...e, paymentId: t.paymentId, phase: `pending` } : e;
    case `paymentEnded`:
      return I(e, t.status);
    case `retryPayment`:
      return e.step === `payment` && e.phase !== `pending` && e.phase !== `creating`
        ? { ...e, attempt: t.attempt, paymentId: null, phase: `creating` }
        : e;
    case `scanned`:
      return e.step === `scan`
        ? {
            step: `report`,
            service: e.service,
            vehicle: e.vehicle,
            sessionId: e.sessionId,
            scan: t.scan,
            reportId: null,
          }
        : e;
    case `reportCreated`:
      return e.step === `report` ? { ...e, reportId: t.reportId } : e;
    case `finish`:
      return e.step === `report` && e.reportId ? { step: `done`, sessionId: e.sessionId, reportId: e.reportId } : e;
  }
}
function sa(e) {
  switch (e.step) {
    case `service`:
      return { step: `idle` };
    case `vehicle`:
      return { step: `service` };
    case `contact`:
      return { step: `vehicle`, service: e.service };
    case `idle`:
    case `payment`:
    case `scan`:
    case `report`:
    case `done`:
      return e;
  }
}
function I(e, t) {
  if (e.step !== `payment` || !e.paymentId) return e;
  switch (t) {
    case `confirmed`:
      return { step: `scan`, service: e.service, vehicle: e.vehicle, sessionId: e.sessionId, paymentId: e.paymentId };
    case `failed`:
      return { ...e, phase: `declined` };
    case `expired`:
      return { ...e, phase: `expired` };
    case `cancelled`:
      return { ...e, phase: `failed` };
  }
}
var L = (e) => (`sessionId` in e ? e.sessionId : null),
  ca = (e) =>
    e.step === `service` ||
    e.step === `vehicle` ||
    e.step === `contact` ||
    (e.step === `payment` && e.phase !== `pending` && e.phase !== `creating`),
  la = `kiosk.visit`;
function ua(e = window.localStorage) {
  try {
    let t = e.getItem(la);
    return t ? JSON.parse(t) : null;
  } catch {
    return null;
  }
}
function da(e, t = window.localStorage) {
  e.step === `idle` ? t.removeItem(la) : t.setItem(la, JSON.stringify(e));
}
async function fa(e, t) {
  if (!t || !(`sessionId` in t)) return { step: `idle` };
  let n = await e.sessions.get.query({ id: t.sessionId }).catch((e) => {
    if (jr(e)?.code === `NOT_FOUND`) return null;
    throw e;
  });
  if (t.step === `done`) return n?.status === `active` ? t : { step: `idle` };
  if (!n || n.status !== `active`) return { step: `idle` };
  let [r] = await e.reports.listBySession.query({ sessionId: t.sessionId });
  if (r && t.step !== `payment`)
    return {
      step: `report`,
      service: t.service,
      vehicle: t.vehicle,
      sessionId: t.sessionId,
      scan: null,
      reportId: r.id,
    };
  if (t.step === `payment` && t.paymentId) {
    let n = await e.payments.get.query({ id: t.paymentId });
    switch (n.status) {
      case `pending`:
        return { ...t, phase: `pending` };
      case `confirmed`:
        return { step: `scan`, service: t.service, vehicle: t.vehicle, sessionId: t.sessionId, paymentId: n.id };
      case `failed`:
        return { ...t, phase: `declined` };
      case `expired`:
        return { ...t, phase: `expired` };
      case `cancelled`:
      case `refunded`:
        return { ...t, phase: `failed` };
    }
  }
  return t.step === `report` && !t.scan && !t.reportId
    ? { step: `scan`, service: t.service, vehicle: t.vehicle, sessionId: t.sessionId, paymentId: `` }
    : t;
}
var pa = 2e3;
function ma({ api: e }) {
  let [t, n] = (0, g.useState)(null),
    [r, i] = (0, g.useReducer)(oa, { step: `idle` }),
    [a, o] = (0, g.useState)(`starting`),
    s = (0, g.useRef)(r);
  ((s.current = r),
    (0, g.useEffect)(() => {
      if (a === `up`) return;
      let t = !0,
        r,
        s = () => {
          Promise.all([e.catalog.get.query(), fa(e, ua())]).then(
            ([e, r]) => {
              t && (n(e), i({ type: `resume`, visit: r }), o(`up`));
            },
            () => {
              t && (o(`down`), (r = setTimeout(s, pa)));
            },
          );
        };
      return (
        s(),
        () => {
          ((t = !1), clearTimeout(r));
        }
      );
    }, [e, a]),
    (0, g.useEffect)(() => {
      a === `up` && da(r);
    }, [a, r]));
  let c = (0, g.useCallback)((e) => (Nr(e) ? (o(`down`), !0) : !1), []);
  (0, g.useEffect)(() => {
    if (a !== `up` || !t) return;
    let n = setInterval(() => {
      e.system.health.query().catch((e) => c(e));
    }, t.kiosk.heartbeatMs);
    return () => clearInterval(n);
  }, [e, t, a, c]);
  let l = (0, g.useCallback)(() => i({ type: `reset` }), []),
    u = ga(e, t, a === `up`, s, l),
    d = (0, g.useMemo)(
      () => (t ? { api: e, catalog: t, devices: Wr(t), dispatch: i, unreachable: c } : null),
      [e, t, c],
    );
  return (0, F.jsx)(`div`, {
    className: `kiosk`,
    onPointerDown: u.touched,
    onContextMenu: (e) => e.preventDefault(),
    children:
      a === `down`
        ? (0, F.jsx)(na, {})
        : !d || a === `starting`
          ? (0, F.jsx)(ii, { name: `loading` })
          : (0, F.jsxs)(ti.Provider, {
              value: d,
              children: [
                (0, F.jsx)(ha, { visit: r }),
                u.warningLeftMs === null ? null : (0, F.jsx)(gi, { leftMs: u.warningLeftMs, onStay: u.touched }),
              ],
            }),
  });
}
function ha({ visit: e }) {
  switch (e.step) {
    case `idle`:
      return (0, F.jsx)(hi, {});
    case `service`:
      return (0, F.jsx)(ta, {});
    case `vehicle`:
      return (0, F.jsx)(ia, { service: e.service });
    case `contact`:
      return (0, F.jsx)(ci, { service: e.service, vehicle: e.vehicle });
    case `payment`:
      return (0, F.jsx)(qi, { visit: e });
    case `scan`:
      return (0, F.jsx)(ea, { visit: e });
    case `report`:
      return (0, F.jsx)(Qi, { visit: e });
    case `done`:
      return (0, F.jsx)(mi, { sessionId: e.sessionId, reportId: e.reportId });
  }
}
function ga(e, t, n, r, i) {
  let a = (0, g.useRef)(Date.now()),
    o = (0, g.useRef)(0),
    [s, c] = (0, g.useState)(null);
  return (
    (0, g.useEffect)(() => {
      if (!n || !t) return;
      let { idleWarningMs: o, idleCountdownMs: s } = t.kiosk,
        l = setInterval(() => {
          let t = r.current,
            n = Date.now() - a.current;
          if (!ca(t) || n < o) {
            c(null);
            return;
          }
          let l = o + s - n;
          if (l > 0) {
            c(l);
            return;
          }
          (c(null), (a.current = Date.now()));
          let u = L(t);
          (u && e.sessions.cancel.mutate({ id: u }).catch(() => void 0), i());
        }, 1e3);
      return () => clearInterval(l);
    }, [n, e, t, i, r]),
    {
      warningLeftMs: s,
      touched: (0, g.useCallback)(() => {
        let n = Date.now();
        ((a.current = n), c(null));
        let i = L(r.current);
        i &&
          t &&
          n - o.current >= t.kiosk.touchThrottleMs &&
          ((o.current = n), e.sessions.touch.mutate({ id: i }).catch(() => void 0));
      }, [e, t, r]),
    }
  );
}
var _a = document.getElementById(`root`);
if (!_a) throw Error(`index.html has no #root`);
(0, _.createRoot)(_a).render((0, F.jsx)(g.StrictMode, { children: (0, F.jsx)(ma, { api: Mr() }) }));
